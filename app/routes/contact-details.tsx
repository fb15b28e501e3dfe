import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { Route } from "./+types/contact-details";
import { Alert, Heading1, Paragraph } from "~/components/nlds";
import { ContactDetailsForm } from "~/features/account/contact-details-form";
import { saveContactDetails } from "~/features/account/residents.server";
import { ContactDetailsSchema, formatDutchMobile } from "~/features/account/schema";
import { requireResident } from "~/lib/auth.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  return {
    saved: state.session.get("notice") === "contact-saved",
    defaults: {
      email: resident.email ?? "",
      mobile: resident.mobile ? formatDutchMobile(resident.mobile) : "",
      reminderChannel: resident.reminder_channel ?? "",
      preferredLanguage: resident.preferred_language ?? state.lang,
    },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  const submission = parseWithZod(await readFormData(request), { schema: ContactDetailsSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await saveContactDetails(state.services.db, resident.id, submission.value);
  state.session.flash("notice", "contact-saved");
  return redirect(localizePath(state.lang, "/mijn/contactgegevens"));
}

export default function ContactDetails({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading1>{t("contact.title")}</Heading1>
      {loaderData.saved ? (
        <Alert type="ok" role="status">
          {t("contact.saved")}
        </Alert>
      ) : null}
      <Paragraph>{t("contact.intro")}</Paragraph>
      {/* Keyed by the saved values: after a save the form starts again from what was stored
          (a mobile number as 06 1234 5678), as it does after a full page load without JavaScript. */}
      <ContactDetailsForm key={JSON.stringify(loaderData.defaults)} defaults={loaderData.defaults} lastResult={actionData} title={t("contact.title")} />
    </>
  );
}
