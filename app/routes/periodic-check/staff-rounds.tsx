import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/staff-rounds";
import { Alert, Heading1, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { runningJobs } from "~/features/notifications/jobs.server";
import { openCheckRound } from "~/features/periodic-check/rounds.server";
import { loadCheckRoundsPage, markLetterSent } from "~/features/periodic-check/staff.server";
import { requireStaff } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { readFormData } from "~/lib/form-data";
import { CsrfField } from "~/components/csrf-field";

// The periodic check for staff: response figures per round, letters to print for residents who
// chose post, and (for a beheerder) opening a round now instead of waiting for the month.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["klantmanager", "teamleider", "beheerder"]);
  const page = await withMunicipalityScope(state.services.db, staff.municipality_id, (db) => loadCheckRoundsPage(db, staff));
  return {
    translations: getNamespaces(state.lang, ["changes"]),
    canOpen: staff.role === "beheerder",
    notice: state.session.get("notice") ?? null,
    rounds: page.rounds.map((r) => ({ ...r, opensOn: formatDate(r.opensOn, state.lang), closesOn: formatDate(r.closesOn, state.lang) })),
    letters: page.letters.map((l) => ({
      id: l.id,
      name: `${l.given_name} ${l.family_name}`,
      address: [l.street_address, [l.postal_code, l.locality].filter(Boolean).join(" ")].filter(Boolean).join(", "),
      language: l.language,
      date: formatDate(l.created_at, state.lang),
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["klantmanager", "teamleider", "beheerder"]);
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  if (intent === "open-round") {
    if (staff.role !== "beheerder") throw new Response("Not Found", { status: 404 });
    const jobs = runningJobs();
    // With the queue running the round opens in the background; without it (a web-only
    // instance, tests) it opens here.
    if (jobs) await jobs.openRoundNow(staff.municipality_id);
    else await openCheckRound(state.services.db, { municipality: (await getMunicipalityById(state.services.db, staff.municipality_id))! });
    state.session.flash("notice", "changes-round-opening");
  } else if (intent.startsWith("letter-sent:")) {
    await withMunicipalityScope(state.services.db, staff.municipality_id, (db) => markLetterSent(db, staff, intent.slice("letter-sent:".length)));
    state.session.flash("notice", "changes-letter-sent");
  }
  return redirect(localizePath(state.lang, "/medewerker/controle"));
}

export default function StaffCheckRounds({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation("changes");
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("staff.title")} />
      <Paragraph>
        <Link to={href("/medewerker")}>{t("staff.back")}</Link>
      </Paragraph>
      <Heading1>{t("staff.title")}</Heading1>
      {d.notice === "changes-round-opening" || d.notice === "changes-letter-sent" ? (
        <Alert type="ok" role="status">
          {t(d.notice === "changes-round-opening" ? "staff.opening" : "staff.letterSent")}
        </Alert>
      ) : null}
      <Heading2 id="rondes-titel">{t("staff.roundsTitle")}</Heading2>
      {d.rounds.length === 0 ? <Paragraph>{t("staff.noRounds")}</Paragraph> : null}
      {d.rounds.length ? (
        <div className="meedoen-table-scroll" role="region" aria-labelledby="rondes-titel" tabIndex={0}>
          <table className="meedoen-table">
            <thead>
              <tr>
                <th scope="col">{t("staff.round")}</th>
                <th scope="col">{t("staff.invited")}</th>
                <th scope="col">{t("staff.answered")}</th>
                <th scope="col">{t("staff.withChanges")}</th>
                <th scope="col">{t("staff.reminded")}</th>
                <th scope="col">{t("staff.notAnswered")}</th>
              </tr>
            </thead>
            <tbody>
              {d.rounds.map((r) => (
                <tr key={r.roundId}>
                  <th scope="row">{t("staff.period", { from: r.opensOn, to: r.closesOn })}</th>
                  <td>{r.invited}</td>
                  <td>{r.answered}</td>
                  <td>{r.withChanges}</td>
                  <td>{r.reminded}</td>
                  <td>{r.notAnswered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {d.canOpen ? (
        <Form method="post">
          <CsrfField />
          <Paragraph>{t("staff.openIntro")}</Paragraph>
          <button type="submit" name="intent" value="open-round" className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action">
            {t("staff.open")}
          </button>
        </Form>
      ) : null}
      <Heading2>{t("staff.lettersTitle")}</Heading2>
      <Paragraph>{t("staff.lettersIntro")}</Paragraph>
      {d.letters.length === 0 ? <Paragraph>{t("staff.noLetters")}</Paragraph> : null}
      <ul className="utrecht-unordered-list">
        {d.letters.map((l) => (
          <li className="utrecht-unordered-list__item" key={l.id}>
            <span dir="auto">{l.name}</span>, <span dir="auto">{l.address}</span> — {t("staff.letterLanguage", { language: l.language.toUpperCase() })} ({l.date})
            <Form method="post" className="meedoen-inline-form">
              <CsrfField />
              <button type="submit" name="intent" value={`letter-sent:${l.id}`} className="utrecht-button utrecht-button--html-button utrecht-button--subtle-action">
                {t("staff.markSent")}
                <span className="meedoen-visually-hidden"> {l.name}</span>
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </>
  );
}
