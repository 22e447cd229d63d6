import type { TerritorialUnitKind } from "@/__generated__/graphql";

export const LPDI_PATH = "/dokumenty/lpdi";

/** "Pokaż dla": the whole województwo or one powiat; a GET form, so every view has its own address. */
export function LpdiAreaForm(props: {
  regionCode: string;
  regionName: string;
  counties: { code: string; name: string; kind: TerritorialUnitKind }[];
  value: string;
}) {
  return (
    <form className="lpdi-area-form" method="get" action={LPDI_PATH}>
      <div className="field">
        <label htmlFor="obszar">Pokaż dla</label>
        <select id="obszar" name="obszar" defaultValue={props.value}>
          <option value={props.regionCode}>całe województwo {props.regionName}</option>
          {props.counties.map((county) => (
            <option key={county.code} value={county.code}>
              {county.kind === "COUNTY"
                ? `powiat ${county.name}`
                : `${county.name} (miasto na prawach powiatu)`}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Pokaż</button>
    </form>
  );
}
