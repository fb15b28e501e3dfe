import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { PageTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { StepButtons } from "../step-layout";
import { CsrfField } from "~/components/csrf-field";

export type AboutYou = { name: string; birthDate: string; address: string[] };

/** Name, date of birth and address come from DigiD and the BRP: shown, not asked. */
export function AboutYouStep({ person, returnToReview, pageTitle }: { person: AboutYou; returnToReview: boolean; pageTitle: string }) {
  const { t } = useTranslation("registration");
  return (
    <>
      <PageTitle title={pageTitle} />
      <p className="utrecht-paragraph">{t("aboutYou.intro")}</p>
      <SummaryList
        rows={[
          { label: t("aboutYou.name"), value: person.name },
          { label: t("aboutYou.birthDate"), value: person.birthDate },
          {
            label: t("aboutYou.address"),
            value: person.address.map((line) => (
              <span key={line} className="meedoen-line">
                {line}
              </span>
            )),
          },
        ]}
      />
      <p className="utrecht-paragraph">{t("aboutYou.correct")}</p>
      <p className="utrecht-paragraph">{t("aboutYou.contact")}</p>
      <Form method="post">
        <CsrfField />
        <input type="hidden" name="gezien" value="ja" />
        <StepButtons returnToReview={returnToReview} />
      </Form>
    </>
  );
}
