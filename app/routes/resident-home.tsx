import { useTranslation } from "react-i18next";
import type { Route } from "./+types/resident-home";
import { Alert, ButtonLink, Heading1, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { CheckTask, ReportChangeLink } from "~/features/changes/home-links";
import { loadChangesHome } from "~/features/changes/home.server";
import { listOpenInformationRequests, listResidentCases } from "~/features/cases/resident-cases.server";
import { PastHelpSessions } from "~/features/help-sessions/past-help-sessions";
import { loadPastHelpSessions } from "~/features/help-sessions/past-help-sessions.server";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { getPremiumHomeHint } from "~/features/premium/home.server";
import { getCurrentProfile, getRegistrationDraft } from "~/features/registration/registration.server";
import { isAssisted, requireResident } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { CallServicepunt } from "~/components/phone-link";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

// A draft that expires within this many days is shown as a task: finish it or lose it.
const EXPIRING_DRAFT_DAYS = 7;

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  const { db } = state.services;
  const [draft, profile, cases, requests, municipality] = await Promise.all([
    getRegistrationDraft(db, resident.id),
    getCurrentProfile(db, resident.id),
    listResidentCases(db, resident.id),
    listOpenInformationRequests(db, resident.id),
    resident.municipality_id ? getMunicipalityById(db, resident.municipality_id) : null,
  ]);
  const draftExpiringSoon = draft ? draft.expiresAt.getTime() - Date.now() < EXPIRING_DRAFT_DAYS * 86_400_000 : false;
  const premium = await getPremiumHomeHint(db, resident, municipality, state.lang);
  const changes = await loadChangesHome(db, resident.id, state.lang);
  return {
    givenName: resident.given_name,
    hasContactDetails: Boolean(resident.reminder_channel),
    notice: state.session.get("notice") ?? null,
    tasks: [
      ...(changes.checkTask ? [{ kind: "check" as const }] : []),
      ...requests.map((r) => ({ kind: "answer" as const, caseId: r.id, reference: r.reference, type: r.type })),
      ...(draft && draftExpiringSoon ? [{ kind: "draft" as const, date: formatDate(draft.expiresAt, state.lang) }] : []),
      ...(premium.task ? [{ kind: "premium" as const, amount: premium.task.amount }] : []),
    ],
    premiumLink: premium.link,
    changes,
    cases: cases.map((c) => ({ id: c.id, reference: c.reference, type: c.type, status: c.status, submittedOn: formatDate(c.submittedAt, state.lang), answerBy: formatDate(c.deadline, state.lang) })),
    registration: profile ? ("registered" as const) : draft ? ("draft" as const) : ("none" as const),
    draftExpiresOn: draft ? formatDate(draft.expiresAt, state.lang) : null,
    helpSessions: await loadPastHelpSessions(db, resident.id, state.lang),
    // A Servicepunt employee may fill in forms with the resident, not take all their data home.
    canExportData: !isAssisted(state),
    help: municipality ? { name: municipality.settings.servicepunt.name, phone: municipality.settings.servicepunt.phone, phoneDisplay: municipality.settings.servicepunt.phoneDisplay } : null,
  };
}

export default function ResidentHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  const d = loaderData;
  return (
    <>
      <PageTitle title={t("residentHome.title")} />
      <Heading1>{t("residentHome.greeting", { name: d.givenName })}</Heading1>
      {d.notice === "draft-saved" ? (
        <Alert type="ok" role="status">
          {t("residentHome.draftSaved", { date: d.draftExpiresOn })}
        </Alert>
      ) : null}
      {d.notice === "feedback-thanks" ? (
        <Alert type="ok" role="status">
          {t("feedback.thanks")}
        </Alert>
      ) : null}

      <section aria-labelledby="tasks-title">
        <Heading2 id="tasks-title">{t("residentHome.tasksTitle")}</Heading2>
        {d.tasks.length === 0 ? <Paragraph>{t("residentHome.noTasks")}</Paragraph> : null}
        <ul className="meedoen-task-list">
          {d.tasks.map((task) =>
            task.kind === "check" ? (
              <CheckTask key="check" data={d.changes} />
            ) : task.kind === "answer" ? (
              <li key={task.caseId} className="meedoen-task">
                <strong>{t("residentHome.taskAnswer")}</strong>
                <br />
                <Link to={href(`/mijn/zaken/${task.caseId}`)}>{t("residentHome.taskAnswerLink", { type: t(`cases.types.${task.type}`), reference: task.reference })}</Link>
              </li>
            ) : task.kind === "premium" ? (
              <li key="premium" className="meedoen-task">
                <strong>{task.amount ? t("residentHome.premiumTaskAmount", { amount: task.amount }) : t("residentHome.premiumTask")}</strong>
                <br />
                <Link to={href("/mijn/uitstroompremie")}>{t("residentHome.premiumTaskLink")}</Link>
              </li>
            ) : (
              <li key="draft" className="meedoen-task">
                <strong>{t("residentHome.taskDraft", { date: task.date })}</strong>
                <br />
                <Link to={href("/mijn/inschrijven")}>{t("residentHome.registrationContinue")}</Link>
              </li>
            ),
          )}
        </ul>
      </section>

      <section aria-labelledby="cases-title">
        <Heading2 id="cases-title">{t("residentHome.casesTitle")}</Heading2>
        {d.cases.length === 0 ? <Paragraph>{t("residentHome.noCases")}</Paragraph> : null}
        <ul className="meedoen-case-list">
          {d.cases.map((c) => (
            <li key={c.id} className="meedoen-case">
              <Link to={href(`/mijn/zaken/${c.id}`)}>
                {t(`cases.types.${c.type}`)} <span dir="ltr">{c.reference}</span>
              </Link>
              <br />
              <strong>{t(`cases.statuses.${c.status}`)}</strong>
              <br />
              {t("residentHome.caseDates", { submitted: c.submittedOn, expected: c.answerBy })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="registration-title">
        <Heading2 id="registration-title">{t("residentHome.registrationTitle")}</Heading2>
        {d.registration === "registered" ? (
          <>
            <Paragraph>{t("residentHome.registered")}</Paragraph>
            <Paragraph>
              <Link to={href("/mijn/werkzoekende-profiel")}>{t("residentHome.profileLink")}</Link>
            </Paragraph>
          </>
        ) : (
          <>
            <Paragraph>{d.registration === "draft" ? t("residentHome.registrationDraft", { date: d.draftExpiresOn }) : t("residentHome.registrationTodo")}</Paragraph>
            <p className="meedoen-actions">
              <ButtonLink to={href("/mijn/inschrijven")}>{d.registration === "draft" ? t("residentHome.registrationContinue") : t("residentHome.registrationStart")}</ButtonLink>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="more-title">
        <Heading2 id="more-title">{t("residentHome.moreTitle")}</Heading2>
        {d.hasContactDetails ? null : <Paragraph>{t("residentHome.contactTodo")}</Paragraph>}
        <ul className="utrecht-link-list utrecht-link-list--html-ul">
          <ReportChangeLink data={d.changes} />
          <li className="utrecht-link-list__item">
            <Link to={href("/mijn/rechten-en-plichten")}>{t("residentHome.rightsLink")}</Link>
          </li>
          <li className="utrecht-link-list__item">
            <Link to={href("/mijn/contactgegevens")}>{t("residentHome.contactLink")}</Link>
          </li>
          {d.premiumLink ? (
            <li className="utrecht-link-list__item">
              <Link to={href("/mijn/uitstroompremie")}>{t("residentHome.premiumLink")}</Link>
            </li>
          ) : null}
          {d.canExportData ? (
            <li className="utrecht-link-list__item">
              {/* A file, not a page: a plain link, so the browser downloads it. */}
              <a className="utrecht-link" href="/mijn/gegevens.json" download>
                {t("residentHome.dataExportLink")}
              </a>
            </li>
          ) : null}
        </ul>
      </section>

      <PastHelpSessions sessions={d.helpSessions} />

      {d.help ? (
        <section aria-labelledby="help-home-title" className="meedoen-help">
          <Heading2 id="help-home-title">{t("residentHome.helpTitle")}</Heading2>
          <CallServicepunt text={t("residentHome.helpText", { name: d.help.name })} help={d.help} />
        </section>
      ) : null}
    </>
  );
}
