/** Tenths of a unit are finer than any screen shows; more digits only lengthen the HTML. */
export const svgRound = (value: number) => Math.round(value * 10) / 10;
