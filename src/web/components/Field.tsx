/** A labelled input, select or textarea with its hint and its error next to it, tied by aria-describedby. */
import { useId, type ReactNode } from 'react';

interface Common {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}

function Wrap({ id, label, hint, error, required, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true" className="req"> *</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, hint?: string, error?: string) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(
  p: Common & { name: string; value: string; onChange(v: string): void; type?: string; inputMode?: 'numeric' | 'decimal' | 'text' | 'url'; placeholder?: string; autoComplete?: string },
) {
  const id = useId();
  return (
    <Wrap id={id} {...p}>
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value}
        inputMode={p.inputMode}
        placeholder={p.placeholder}
        autoComplete={p.autoComplete ?? 'off'}
        aria-invalid={p.error ? true : undefined}
        aria-required={p.required || undefined}
        aria-describedby={describedBy(id, p.hint, p.error)}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </Wrap>
  );
}

export function TextArea(p: Common & { name: string; value: string; onChange(v: string): void; rows?: number }) {
  const id = useId();
  return (
    <Wrap id={id} {...p}>
      <textarea
        id={id}
        name={p.name}
        rows={p.rows ?? 3}
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-required={p.required || undefined}
        aria-describedby={describedBy(id, p.hint, p.error)}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </Wrap>
  );
}

export function SelectField(p: Common & { name: string; value: string; onChange(v: string): void; options: { value: string; label: string }[] }) {
  const id = useId();
  return (
    <Wrap id={id} {...p}>
      <select
        id={id}
        name={p.name}
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-required={p.required || undefined}
        aria-describedby={describedBy(id, p.hint, p.error)}
        onChange={(e) => p.onChange(e.target.value)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function CheckboxField(p: { label: string; name: string; checked: boolean; onChange(v: boolean): void; hint?: string }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} name={p.name} type="checkbox" checked={p.checked} onChange={(e) => p.onChange(e.target.checked)} aria-describedby={p.hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{p.label}</label>
      {p.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A group of checkboxes whose choice is kept as one space-separated string, in the order of the
 * options, so it fits a form's values; its error is tied to the group and marks the first box.
 */
export function CheckGroup(p: { label: string; name: string; value: string; onChange(v: string): void; options: readonly { value: string; label: string }[]; error?: string | undefined; required?: boolean }) {
  const chosen = new Set(p.value.split(' ').filter(Boolean));
  const errorId = `${p.name}-error`;
  const toggle = (value: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(value);
    else next.delete(value);
    p.onChange(p.options.filter((o) => next.has(o.value)).map((o) => o.value).join(' '));
  };
  return (
    <fieldset className={`field${p.error ? ' field-invalid' : ''}`} aria-describedby={p.error ? errorId : undefined}>
      <legend>
        {p.label}
        {p.required ? <span aria-hidden="true" className="req"> *</span> : null}
      </legend>
      <div className="pillar-checks">
        {p.options.map((o, n) => (
          <label key={o.value} className="pillar-check">
            <input type="checkbox" name={p.name} value={o.value} checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} aria-invalid={p.error && n === 0 ? true : undefined} /> {o.label}
          </label>
        ))}
      </div>
      {p.error ? (
        <p className="error" id={errorId}>
          {p.error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The form-level message: a refusal that names no field, announced and focusable. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} data-form-error>
      {message}
    </div>
  );
}

/** A list of rows in one fieldset (parties, obligations): each row removable down to `min`, and a button to add one. */
export function RowList(p: { legend: string; hint?: string; count: number; min?: number; addLabel: string; removeLabel(n: number): string; onAdd(): void; onRemove(n: number): void; row(n: number): ReactNode; className?: string }) {
  const min = p.min ?? 1;
  return (
    <fieldset className="field row-list">
      <legend>{p.legend}</legend>
      {p.hint ? <p className="hint">{p.hint}</p> : null}
      {Array.from({ length: p.count }, (_, n) => (
        <div className={`list-row ${p.className ?? ''}`} key={n}>
          {p.row(n)}
          {p.count > min ? (
            <button type="button" className="btn btn-small" onClick={() => p.onRemove(n)}>
              {p.removeLabel(n)}
            </button>
          ) : (
            <span />
          )}
        </div>
      ))}
      <div className="actions">
        <button type="button" className="btn btn-small" onClick={p.onAdd}>
          {p.addLabel}
        </button>
      </div>
    </fieldset>
  );
}
