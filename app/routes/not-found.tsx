// Any URL no route claims: the root error boundary shows the 404 page in the page's language.
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;
export function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}
