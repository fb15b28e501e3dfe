import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ReadAloud } from "~/components/read-aloud";
import type { RightsSection } from "./sections";

export type DutchSection = { title: string; summary: string; details: string[] };
export type RightsPageData = {
  lang: string;
  values: Record<string, string>;
  duties: RightsSection[];
  rights: RightsSection[];
  dutch: Record<string, DutchSection> | null;
};

// Small pictures beside each section help residents who read little find their way; they are
// decorative for screen readers (the heading says it all).
const ICONS: Record<string, string> = {
  inlichtingenplicht: "M4 4h16v12H7l-3 3z",
  meewerken: "M3 12l5 5L21 5",
  werkZoeken: "M10 3a7 7 0 1 1 0 14a7 7 0 0 1 0-14zm5 12l6 6",
  zoektermijn: "M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18zm0 4v5l3 3",
  tegenprestatie: "M12 21s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 11c0 5.5-7 10-7 10z",
  maatregelen: "M12 3l9 16H3zm0 6v5m0 3v1",
  hulpServicepunt: "M4 10l8-6l8 6v10H4zm6 10v-6h4v6",
  tolk: "M4 5h10v8H8l-4 3zm10 4h6v8l-3-2h-3",
  iemandMeenemen: "M8 8a3 3 0 1 0 0-.1zm8 0a3 3 0 1 0 0-.1zM3 20c0-4 10-4 10 0m-2 0c0-4 10-4 10 0",
  privacy: "M6 11h12v9H6zm3 0V8a3 3 0 0 1 6 0v3",
  bezwaar: "M5 3h10l4 4v14H5zm3 8h8m-8 4h8",
  beslistermijn: "M5 5h14v15H5zm0 4h14M9 3v4m6-4v4",
  contact: "M5 4h4l2 5l-3 2a11 11 0 0 0 5 5l2-3l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 6a2 2 0 0 1 2-2",
};

function SectionIcon({ name }: { name: string }) {
  return (
    <svg className="meedoen-section-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path d={ICONS[name] ?? ICONS.contact} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function Section({ name, data }: { name: RightsSection; data: RightsPageData }) {
  const { t } = useTranslation("rights");
  const values = data.values;
  const detailObject = t(`sections.${name}.details`, { returnObjects: true }) as unknown;
  const detailKeys = detailObject && typeof detailObject === "object" ? Object.keys(detailObject) : [];
  const title = t(`sections.${name}.title`, values);
  const summary = t(`sections.${name}.summary`, values);
  const details = detailKeys.map((key) => t(`sections.${name}.details.${key}`, values));
  const dutch = data.dutch?.[name];
  return (
    <section className="meedoen-rights-section" aria-labelledby={`rights-${name}`}>
      <div className="meedoen-rights-section__head">
        <SectionIcon name={name} />
        <h3 className="utrecht-heading-3" id={`rights-${name}`}>
          {title}
        </h3>
      </div>
      <p className="utrecht-paragraph meedoen-rights-section__summary">{summary}</p>
      {details.map((paragraph) => (
        <p className="utrecht-paragraph" key={paragraph}>
          {paragraph}
        </p>
      ))}
      <ReadAloud text={[title, summary, ...details].join(". ")} lang={data.lang} label={t("readAloud")} stopLabel={t("stopReading")} />
      {dutch ? (
        <details className="meedoen-dutch-text">
          <summary>{t("showDutch")}</summary>
          <div lang="nl" dir="ltr">
            <p className="utrecht-paragraph">
              <strong>{dutch.title}</strong>
            </p>
            <p className="utrecht-paragraph">{dutch.summary}</p>
            {dutch.details.map((paragraph) => (
              <p className="utrecht-paragraph" key={paragraph}>
                {paragraph}
              </p>
            ))}
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** Rechten en plichten: duties, rights and contact, each with a summary first and details below. */
export function RightsPage({ data, acknowledgement }: { data: RightsPageData; acknowledgement?: ReactNode }) {
  const { t } = useTranslation("rights");
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("intro")}</p>
      {data.dutch ? <p className="utrecht-paragraph meedoen-inset">{t("bindingNote")}</p> : null}
      <h2 className="utrecht-heading-2">{t("duties")}</h2>
      {data.duties.map((name) => (
        <Section key={name} name={name} data={data} />
      ))}
      <h2 className="utrecht-heading-2">{t("rights")}</h2>
      {data.rights.map((name) => (
        <Section key={name} name={name} data={data} />
      ))}
      <Section name="contact" data={data} />
      {acknowledgement}
    </>
  );
}
