import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/summary-list";
import type { TopicDisplay, VersionDisplay } from "./display.server";
import { TopicIcon } from "./pictograms";

/**
 * A change report shown back: per topic its pictogram and name, then the answers. Used on
 * check-your-answers (with "change" links), and on the case pages of resident and staff.
 * `headingLevel` keeps the page's heading order right wherever it is placed.
 */
export function ChangeSummary({
  topics,
  changeHref,
  documentHref,
  headingLevel = 2,
  idPrefix = "samenvatting",
}: {
  topics: TopicDisplay[];
  changeHref?: (slug: string) => string;
  documentHref?: (documentId: string) => string;
  headingLevel?: 2 | 3 | 4;
  idPrefix?: string;
}) {
  const { t } = useTranslation("changes");
  const Heading = `h${headingLevel}` as "h2";
  return (
    <>
      {topics.map((topic) => (
        <section key={topic.slug} className="meedoen-change-topic" aria-labelledby={`${idPrefix}-${topic.slug}`}>
          <Heading className={`utrecht-heading-${headingLevel} meedoen-topic-heading`} id={`${idPrefix}-${topic.slug}`}>
            <TopicIcon slug={topic.slug} />
            <span>{t(`topics.${topic.key}.label`)}</span>
          </Heading>
          {topic.incomplete ? <p className="utrecht-paragraph meedoen-incomplete">{t("review.incomplete")}</p> : null}
          {topic.rows.length || topic.file ? (
            <SummaryList
              rows={[
                ...topic.rows.map((row) => ({
                  key: row.name,
                  label: t(`field.${row.name}.summary`),
                  value: row.option ? t(`topics.${topic.key}.options.${row.value}`) : <span dir="auto">{row.value}</span>,
                })),
                ...(topic.file
                  ? [
                      {
                        key: "bestand",
                        label: t("field.bestand.summary"),
                        value:
                          topic.file.documentId && documentHref ? (
                            <a className="utrecht-link" href={documentHref(topic.file.documentId)} download dir="auto">
                              {topic.file.name}
                            </a>
                          ) : (
                            <span dir="auto">{topic.file.name}</span>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          ) : null}
          {changeHref ? (
            <p className="utrecht-paragraph">
              <a className="utrecht-link" href={changeHref(topic.slug)}>
                {t("review.change")}
                <span className="meedoen-visually-hidden"> {t(`topics.${topic.key}.label`)}</span>
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}

/** Every version of the report, newest first; the newest is the one that counts. */
export function ChangeVersions({ versions, documentHref, perspective }: { versions: VersionDisplay[]; documentHref?: (documentId: string) => string; perspective: "resident" | "staff" }) {
  const { t } = useTranslation("changes");
  const newestFirst = [...versions].reverse();
  return (
    <section aria-labelledby="versies-titel" className="meedoen-versions">
      <h2 className="utrecht-heading-2" id="versies-titel">
        {t(perspective === "staff" ? "versions.staffTitle" : "versions.title")}
      </h2>
      {versions.length > 1 ? <p className="utrecht-paragraph">{t(perspective === "staff" ? "versions.staffIntro" : "versions.intro")}</p> : null}
      {newestFirst.map((v, index) => (
        <details key={v.version} open={index === 0} className="meedoen-version">
          <summary>
            {t("versions.version", { number: v.version, date: v.date })} — {t(`versions.kinds.${v.kind}`)}
            {index === 0 ? ` (${t("versions.current")})` : ""}
          </summary>
          <ChangeSummary topics={v.topics} documentHref={documentHref} headingLevel={3} idPrefix={`versie-${v.version}`} />
        </details>
      ))}
    </section>
  );
}
