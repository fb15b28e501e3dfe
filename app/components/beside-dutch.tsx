import { type ReactNode, useMemo } from "react";
import { I18nextProvider } from "react-i18next";
import { DEFAULT_LANGUAGE, type Language, textDirection } from "~/lib/i18n";
import { createI18n } from "~/lib/i18n-instance";

/**
 * A printable text in the resident's language beside the Dutch text, which is the one that
 * counts (proof of registration, help-session summary). The loader gives one column per
 * language and the Dutch texts (see `besideDutch` in translations.server.ts); on a Dutch page
 * there is one column.
 */
export function BesideDutch<Column extends { lang: Language }>({
  columns,
  dutchResources,
  children,
}: {
  columns: Column[];
  dutchResources: Record<string, Record<string, unknown>> | null;
  children: (column: Column) => ReactNode;
}) {
  const dutch = useMemo(() => (dutchResources ? createI18n(DEFAULT_LANGUAGE, dutchResources) : null), [dutchResources]);
  const [own, dutchColumn] = columns;
  const section = (column: Column) => (
    <section lang={column.lang} dir={textDirection(column.lang)} className="meedoen-proof__column">
      {children(column)}
    </section>
  );
  return (
    <div className={dutchColumn ? "meedoen-proof meedoen-proof--two" : "meedoen-proof"}>
      {own ? section(own) : null}
      {dutchColumn && dutch ? <I18nextProvider i18n={dutch}>{section(dutchColumn)}</I18nextProvider> : null}
    </div>
  );
}
