import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Alert, Button, Heading1, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { CsrfField } from "~/components/csrf-field";

/** The page before the identity provider: residents (DigiD) and staff differ only in text. */
export function LoginPage({ kind, returnTo, expired }: { kind: "resident" | "staff"; returnTo: string; expired: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t(`login.${kind}.title`)} />
      <Heading1>{t(`login.${kind}.title`)}</Heading1>
      {expired ? (
        <Alert type="warning" role="status">
          {t("login.expired")}
        </Alert>
      ) : null}
      <Paragraph>{t(`login.${kind}.intro`)}</Paragraph>
      {kind === "resident" ? <Paragraph>{t("login.resident.noDigid")}</Paragraph> : null}
      <Form method="post" reloadDocument>
        <CsrfField />
        <input type="hidden" name="returnTo" value={returnTo} />
        <Button>{t(`login.${kind}.button`)}</Button>
      </Form>
    </>
  );
}
