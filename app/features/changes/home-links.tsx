import { Link } from "~/components/nlds";
import { usePageLanguage } from "~/lib/use-page-language";
import type { loadChangesHome } from "./home.server";

type HomeData = Awaited<ReturnType<typeof loadChangesHome>>;

/** The periodic check as a task on the resident home. */
export function CheckTask({ data }: { data: HomeData }) {
  const { href } = usePageLanguage();
  if (!data.checkTask) return null;
  return (
    <li className="meedoen-task">
      <strong>{data.checkTask.text}</strong>
      <br />
      <Link to={href("/mijn/controle")}>{data.checkTask.link}</Link>
    </li>
  );
}

/** "Wijziging doorgeven", always available. */
export function ReportChangeLink({ data }: { data: HomeData }) {
  const { href } = usePageLanguage();
  return (
    <li className="utrecht-link-list__item">
      <Link to={href("/mijn/wijziging")}>{data.reportLink}</Link>
    </li>
  );
}
