import { useTranslation } from "react-i18next";

/**
 * The document title. React 19 hoists <title> into <head>. With errors the title starts with
 * "Fout:" so a screen reader user hears at once that the form came back (GOV.UK pattern).
 */
export function PageTitle({ title, hasErrors = false }: { title: string; hasErrors?: boolean }) {
  const { t } = useTranslation();
  const full = `${hasErrors ? `${t("errors.titlePrefix")} ` : ""}${title} – Meedoen`;
  return <title>{full}</title>;
}
