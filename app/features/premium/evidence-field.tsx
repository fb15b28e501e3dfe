import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/field";

export type EvidenceItemView = { key: string; kind: string; months: number | null; files: Array<{ id: string; name: string; sizeKb: number }> };

/**
 * One piece of evidence: what to upload, the files already added (each with its own remove
 * button) and a file input that takes several files at once. `image/*` lets a phone offer its
 * camera; the server still judges every file by its bytes.
 */
export function EvidenceField({ item, errors }: { item: EvidenceItemView; errors: string[] | undefined }) {
  const { t } = useTranslation("premium");
  const id = `bestanden-${item.key}`;
  const invalid = Boolean(errors?.length);
  const kind = item.kind === "other" ? "other" : item.kind;
  const label = t(`evidence.items.${kind}.label`, { months: String(item.months ?? ""), key: item.key.replace(/^other_/, "") });
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${invalid ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field-description" id={`${id}-hint`}>
        {t(`evidence.items.${kind}.hint`)}
      </div>
      <ErrorMessage id={`${id}-error`} errors={errors} />
      {item.files.length ? (
        <ul className="utrecht-unordered-list" aria-label={t("evidence.added", { what: label })}>
          {item.files.map((file) => (
            <li className="utrecht-unordered-list__item" key={file.id}>
              <span dir="auto">{file.name}</span> ({file.sizeKb} kB){" "}
              <button
                type="submit"
                name="intent"
                value={`remove:${file.id}`}
                formNoValidate
                className="utrecht-button utrecht-button--html-button utrecht-button--subtle-action"
                aria-label={t("evidence.removeFile", { name: file.name })}
              >
                {t("evidence.remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("evidence.none")}</p>
      )}
      <input
        type="file"
        id={id}
        name={`bestanden.${item.key}`}
        multiple
        accept="application/pdf,image/jpeg,image/png,image/*"
        aria-describedby={[`${id}-hint`, invalid ? `${id}-error` : null].filter(Boolean).join(" ")}
        aria-invalid={invalid || undefined}
        className="meedoen-file-input"
      />
    </div>
  );
}
