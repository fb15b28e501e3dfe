import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SummaryList, type SummaryRow } from "~/components/summary-list";
import type { PartialProfile } from "./profile";
import { DUTCH_SKILLS } from "./schema";
import type { RegistrationStepSlug } from "./steps";

type Row = SummaryRow;

/**
 * The answers as a summary list, one section per step, for check-your-answers, the profile
 * page and the printable proof. `changeHref` adds a "wijzigen" link per section.
 */
export function ProfileSummary({
  partial,
  occupationNames,
  experiencePeriods,
  wwEndDate,
  changeHref,
  lang,
}: {
  partial: PartialProfile;
  occupationNames: Record<string, string>;
  experiencePeriods: string[];
  wwEndDate: string | null;
  changeHref?: (slug: RegistrationStepSlug) => string;
  lang?: string;
}) {
  const { t } = useTranslation("registration", { lng: lang });
  const list = (keys: string[], prefix: string) => (keys.length ? keys.map((k) => t(`${prefix}.${k}`)).join(", ") : t("summary.none"));
  const sections: Array<{ slug: RegistrationStepSlug; title: string; rows: Row[] | null }> = [
    {
      slug: "situatie",
      title: t("steps.situation"),
      rows: partial.situatie && [
        { label: t("situation.question"), value: t(`situation.options.${partial.situatie.situatie}`) },
        ...(partial.situatie.wwEinddatum ? [{ label: t("situation.wwEnd"), value: wwEndDate ?? partial.situatie.wwEinddatum }] : []),
        { label: t("situation.bijstand"), value: t(`situation.bijstandOptions.${partial.situatie.bijstandAanvragen}`) },
      ],
    },
    {
      slug: "opleiding",
      title: t("steps.education"),
      rows: partial.opleiding && [
        { label: t("education.level"), value: t(`education.levels.${partial.opleiding.niveau}`) },
        { label: t("education.diploma"), value: t(`yesNo.${partial.opleiding.diploma}`) },
        { label: t("education.foreignDiploma"), value: t(`yesNo.${partial.opleiding.buitenlandsDiploma}`) },
      ],
    },
    {
      slug: "werkervaring",
      title: t("steps.experience"),
      rows: partial.werkervaring && [
        {
          label: t("steps.experience"),
          value: partial.werkervaring.length
            ? partial.werkervaring.map((e, i) => (
                <span className="meedoen-line" key={`${e.beroep}-${i}`}>
                  {e.beroep}
                  {e.werkgever ? `, ${e.werkgever}` : ""} ({experiencePeriods[i]})
                </span>
              ))
            : t("experience.none"),
        },
      ],
    },
    {
      slug: "gewenst-werk",
      title: t("steps.wantedWork"),
      rows: partial.wanted && [
        { label: t("wantedWork.occupations"), value: partial.wanted.bemiddelingsberoep.map((code) => occupationNames[code] ?? code).join(", ") },
        { label: t("wantedWork.hours"), value: String(partial.wanted.werktijden.urenPerWeek) },
        { label: t("wantedWork.days"), value: list(partial.wanted.werktijden.dagen, "wantedWork.weekdays") },
        { label: t("wantedWork.travel"), value: t(`wantedWork.distances.${partial.wanted.mobiliteit.reisafstand}`) },
        { label: t("wantedWork.transport"), value: list(partial.wanted.mobiliteit.vervoer, "wantedWork.transports") },
        { label: t("wantedWork.licences"), value: list(partial.wanted.rijbewijs, "wantedWork.licenceNames") },
      ],
    },
    {
      slug: "talen",
      title: t("steps.languages"),
      rows: partial.taalbeheersing && [
        ...DUTCH_SKILLS.map((skill) => ({ label: t(`languages.skills.${skill}`), value: t(`languages.levels.${partial.taalbeheersing!.nederlands[skill]}`) })),
        { label: t("languages.other"), value: list(partial.taalbeheersing.andereTalen, "languages.names") },
        ...(partial.taalbeheersing.andereTalenToelichting ? [{ label: t("languages.otherNote"), value: partial.taalbeheersing.andereTalenToelichting }] : []),
      ],
    },
    {
      slug: "belemmeringen",
      title: t("steps.obstacles"),
      rows: partial.belemmeringen && [
        { label: t("obstacles.question"), value: list(partial.belemmeringen.domeinen, "obstacles.domains") },
        ...(partial.belemmeringen.toelichting ? [{ label: t("obstacles.note"), value: partial.belemmeringen.toelichting }] : []),
      ],
    },
    {
      slug: "toestemming",
      title: t("steps.consent"),
      rows: partial.toestemmingTotDelenProfiel === null ? null : [{ label: t("consent.question"), value: t(`consent.options.${partial.toestemmingTotDelenProfiel ? "ja" : "nee"}`) }],
    },
  ];
  return (
    <div className="meedoen-profile-summary">
      {sections.map((section) => (
        <section key={section.slug} aria-labelledby={`summary-${section.slug}`}>
          <div className="meedoen-summary-heading">
            <h2 className="utrecht-heading-2" id={`summary-${section.slug}`}>
              {section.title}
            </h2>
            {changeHref ? (
              <Link className="utrecht-link" to={changeHref(section.slug)}>
                {t("summary.change")}
                <span className="meedoen-visually-hidden"> {section.title}</span>
              </Link>
            ) : null}
          </div>
          {section.rows ? (
            <SummaryList rows={section.rows} />
          ) : (
            <p className="utrecht-paragraph meedoen-incomplete">{t("summary.notAnswered")}</p>
          )}
        </section>
      ))}
    </div>
  );
}
