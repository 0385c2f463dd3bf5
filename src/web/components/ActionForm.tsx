/**
 * The scaffolding every action form shares: the form element tied to its state (so focus and a
 * server refusal land in place), the message for a refusal that names no field, the fields, and
 * the submit button. FormPanel puts it in a titled panel, as the pages show most of their actions.
 */
import type { ReactNode } from 'react';
import { FormError } from './Field.tsx';
import type { FormState, Values } from './form.ts';

export interface ActionFormProps<V extends Values> {
  form: FormState<V>;
  /** Sends the checked values; throws an ApiProblem to have it shown beside the fields. */
  submit(values: V): Promise<void>;
  submitLabel: string;
  children: ReactNode;
  /** Shown above the form's error and fields (a heading or an intro inside the form). */
  before?: ReactNode;
  danger?: boolean;
  className?: string;
  label?: string;
}

export function ActionForm<V extends Values>(p: ActionFormProps<V>) {
  const f = p.form;
  return (
    <form ref={f.formRef} className={p.className ? `form ${p.className}` : 'form'} noValidate aria-label={p.label} onSubmit={f.onSubmit(p.submit)}>
      {p.before}
      <FormError message={f.formError} />
      {p.children}
      <div className="actions">
        <button type="submit" className={`btn ${p.danger ? 'btn-danger' : 'btn-primary'}`} disabled={f.submitting}>
          {p.submitLabel}
        </button>
      </div>
    </form>
  );
}

/** An action form in its own panel: `titleId` names the panel (and lets a page or test find it); `level` 3 nests it under a page's section. */
export function FormPanel<V extends Values>({ titleId, title, intro, level = 2, ...form }: ActionFormProps<V> & { titleId: string; title: string; intro?: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section className="panel action-panel" aria-labelledby={titleId}>
      <Heading id={titleId}>{title}</Heading>
      {intro ? <p className="muted">{intro}</p> : null}
      <ActionForm {...form} />
    </section>
  );
}
