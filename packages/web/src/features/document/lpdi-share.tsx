import { getFragmentData, graphql, type FragmentType } from "@/__generated__";
import { LOCALE_TAGS, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { missingForTarget } from "./lpdi-groups";

export const LpdiShare_coverage = graphql(`
  fragment LpdiShare_coverage on LpdiCoverage {
    jstCount
    adoptedCount
    adoptedShare
    targetShare
  }
`);

/**
 * The share of JST with a plan adopted or in force against the target: in words first, then as a bar
 * with the target marked (a meter for assistive technology), so no one depends on the colours.
 */
export function LpdiShare(props: {
  coverage: FragmentType<typeof LpdiShare_coverage>;
  labelId: string;
  locale: Locale;
}) {
  const { jstCount, adoptedCount, adoptedShare, targetShare } = getFragmentData(
    LpdiShare_coverage,
    props.coverage,
  );
  const words = getMessages(props.locale).documents.lpdi;
  const percent = new Intl.NumberFormat(LOCALE_TAGS[props.locale], {
    style: "percent",
    maximumFractionDigits: 0,
  });
  const missing = missingForTarget(jstCount, adoptedCount, targetShare);
  const share = percent.format(adoptedShare);
  const target = percent.format(targetShare);
  return (
    <div className="lpdi-share">
      <p className="lpdi-share__figure">
        <strong>{share}</strong> — {words.share(adoptedCount, jstCount)}
      </p>
      <p>
        {words.target(target)} {missing > 0 ? words.missing(missing) : words.reached}
      </p>
      <div
        className="lpdi-meter"
        role="meter"
        aria-labelledby={props.labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(adoptedShare * 100)}
        aria-valuetext={words.meterText(share, target)}
      >
        <div className="lpdi-meter__fill" style={{ width: `${Math.min(100, adoptedShare * 100)}%` }} />
        <div className="lpdi-meter__target" style={{ left: `${targetShare * 100}%` }}>
          <span>{words.targetMark(target)}</span>
        </div>
      </div>
    </div>
  );
}
