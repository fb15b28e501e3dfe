import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { PageTitle } from "~/components/page-title";
import { StepButtons } from "../step-layout";

export type AboutYou = { name: string; birthDate: string; address: string[] };

/** Name, date of birth and address come from DigiD and the BRP: shown, not asked. */
export function AboutYouStep({ person, returnToReview, pageTitle }: { person: AboutYou; returnToReview: boolean; pageTitle: string }) {
  const { t } = useTranslation("registration");
  return (
    <>
      <PageTitle title={pageTitle} />
      <p className="utrecht-paragraph">{t("aboutYou.intro")}</p>
      <dl className="meedoen-summary">
        <div>
          <dt>{t("aboutYou.name")}</dt>
          <dd>{person.name}</dd>
        </div>
        <div>
          <dt>{t("aboutYou.birthDate")}</dt>
          <dd>{person.birthDate}</dd>
        </div>
        <div>
          <dt>{t("aboutYou.address")}</dt>
          <dd>
            {person.address.map((line) => (
              <span key={line} className="meedoen-line">
                {line}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      <p className="utrecht-paragraph">{t("aboutYou.correct")}</p>
      <p className="utrecht-paragraph">{t("aboutYou.contact")}</p>
      <Form method="post">
        <input type="hidden" name="gezien" value="ja" />
        <StepButtons returnToReview={returnToReview} />
      </Form>
    </>
  );
}
