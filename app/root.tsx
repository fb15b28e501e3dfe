import { useMemo } from "react";
import { useTranslation, I18nextProvider } from "react-i18next";
import { isRouteErrorResponse, type ShouldRevalidateFunctionArgs, useMatches, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "react-router";
import type { Route } from "./+types/root";
import { SessionTimeoutWarning } from "./components/session-timeout-warning";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { PageTitle } from "./components/page-title";
import { createI18n } from "./lib/i18n-instance";
import type { RootData } from "./lib/root-data";
import { AssistBar } from "./features/help-sessions/assist-bar";
import { loadRootData } from "./lib/root-loader.server";
import { requestMiddleware } from "./lib/request-context.server";
import { usePageLanguage } from "./lib/use-page-language";
import { usePageScripts } from "./lib/page-scripts";
import { useNonce } from "./lib/nonce";
import appStylesHref from "./styles/app.css?url";

export const middleware: Route.MiddlewareFunction[] = [requestMiddleware];

export async function loader({ request, context, params }: Route.LoaderArgs): Promise<RootData> {
  return loadRootData(request, context, params);
}

// Root data only changes with the language, the viewer or the municipality; no need to refetch after every form post.
export function shouldRevalidate({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod !== "GET") return true;
  if (currentUrl.pathname.split("/")[1] !== nextUrl.pathname.split("/")[1]) return true;
  return defaultShouldRevalidate;
}

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: appStylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData("root") as RootData | undefined;
  const lang = data?.lang ?? "nl";
  const scripts = usePageScripts();
  const nonce = useNonce();
  return (
    <html lang={lang} dir={data?.dir ?? "ltr"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {data?.municipality ? <link rel="stylesheet" href={`/thema/${data.municipality.slug}.css`} /> : null}
        <script src="/read-aloud.js" defer />
        <script src="/page-enhancements.js" defer />
      </head>
      <body className="utrecht-theme utrecht-document meedoen-body">
        {children}
        {scripts ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

function Shell({ data, children }: { data: RootData; children: React.ReactNode }) {
  const resources = useRouteTranslations(data.resources);
  const i18n = useMemo(() => createI18n(data.lang, resources), [data.lang, resources]);
  return (
    <I18nextProvider i18n={i18n}>
      <SkipLink />
      {data.assist ? <AssistBar bar={data.assist} /> : null}
      <SiteHeader municipality={data.municipality} viewer={data.viewer} />
      <main id="inhoud" className="meedoen-container meedoen-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter help={data.help} />
      {data.viewer ? <SessionTimeoutWarning idleMinutes={data.idleMinutes} /> : null}
    </I18nextProvider>
  );
}

// Namespaces that the matched routes' loaders brought along (`translations`), merged with the root's.
function useRouteTranslations(rootResources: RootData["resources"]): RootData["resources"] {
  const matches = useMatches();
  const extra = matches.map((match) => (match.loaderData as { translations?: RootData["resources"] } | undefined)?.translations).filter(Boolean);
  const key = extra.map((t) => Object.keys(t!).join(",")).join("|");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the namespaces present decide the result
  return useMemo(() => Object.assign({}, rootResources, ...extra), [rootResources, key]);
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
      {t("layout.skipLink")}
    </a>
  );
}

export default function App({ loaderData }: Route.ComponentProps) {
  return (
    <Shell data={loaderData}>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const data = useRouteLoaderData("root") as RootData | undefined;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!data) {
    // The root loader itself failed: nothing translated is available. Keep it minimal and bilingual.
    return (
      <main id="inhoud" className="meedoen-container meedoen-main">
        <h1 className="utrecht-heading-1">Meedoen</h1>
        <p className="utrecht-paragraph" lang="nl">
          Er ging iets mis. Probeer het over een paar minuten opnieuw.
        </p>
        <p className="utrecht-paragraph" lang="en">
          Something went wrong. Please try again in a few minutes.
        </p>
      </main>
    );
  }
  return (
    <Shell data={data}>
      <ErrorContent status={status} />
    </Shell>
  );
}

function ErrorContent({ status }: { status: number }) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  const kind = status === 404 ? "notFound" : status === 403 ? "forbidden" : status === 503 ? "unavailable" : status === 429 ? "tooMany" : "unexpected";
  return (
    <>
      <PageTitle title={t(`errorPage.${kind}.title`)} />
      <h1 className="utrecht-heading-1">{t(`errorPage.${kind}.title`)}</h1>
      <p className="utrecht-paragraph">{t(`errorPage.${kind}.text`)}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={href("/")}>
          {t("errorPage.home")}
        </a>
      </p>
    </>
  );
}
