/**
 * Form state that respects people: values are kept on any error, client checks mirror the server's
 * rules and speak next to the field, a server refusal (problem+json) is shown in place by field,
 * and focus moves to the first field that needs attention.
 */
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { ApiProblem } from '../api/client.ts';

export type Values = Record<string, string | boolean>;
export type Errors<V> = Partial<Record<keyof V & string, string>>;

export interface FormState<V extends Values> {
  values: V;
  errors: Errors<V>;
  /** A refusal that names no field of this form (or a network failure). */
  formError: string | null;
  submitting: boolean;
  set<K extends keyof V & string>(name: K, value: V[K]): void;
  reset(values?: V): void;
  onSubmit(run: (v: V) => Promise<void>): (e: FormEvent) => void;
  formRef: React.RefObject<HTMLFormElement | null>;
}

/**
 * The form field a server issue belongs to: "amount.minor" belongs to "amount", "body.paidOn" to
 * "paidOn". Fields may be named by their path in the body ("obligations.1.dueBy"), and the longest
 * name that the issue's path starts with wins, so a row's own field is chosen over its list.
 */
export function fieldFor<V extends Values>(issueField: string, names: readonly (keyof V & string)[]): (keyof V & string) | undefined {
  const longest = (found: (keyof V & string)[]) => found.sort((a, b) => b.length - a.length)[0];
  return longest(names.filter((n) => issueField === n || issueField.startsWith(`${n}.`))) ?? names.find((n) => issueField.endsWith(`.${n}`));
}

export function useForm<V extends Values>(initial: V, validate: (v: V) => Errors<V>, opts: { networkError: string; aliases?: Record<string, keyof V & string> }): FormState<V> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Errors<V>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => {
      const el = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]');
      el?.focus();
    });

  const set = useCallback(<K extends keyof V & string>(name: K, value: V[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => (e[name] ? { ...e, [name]: undefined } : e));
  }, []);

  const onSubmit = (run: (v: V) => Promise<void>) => (e: FormEvent) => {
    e.preventDefault();
    if (submitting) return;
    const found = validate(values);
    setFormError(null);
    if (Object.values(found).some(Boolean)) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    setSubmitting(true);
    run(values)
      .catch((err: unknown) => {
        if (err instanceof ApiProblem) {
          const names = Object.keys(values) as (keyof V & string)[];
          const next: Errors<V> = {};
          const loose: string[] = [];
          for (const issue of err.issues) {
            const name = opts.aliases?.[issue.field] ?? fieldFor<V>(issue.field, names);
            if (name) next[name] = issue.message;
            else loose.push(issue.message);
          }
          setErrors(next);
          const named = Object.keys(next).length > 0;
          setFormError(named && loose.length === 0 ? null : [err.problem.title, loose.length ? loose.join('; ') : err.problem.detail].filter(Boolean).join(': '));
        } else {
          setFormError(opts.networkError);
        }
        focusFirstInvalid();
      })
      .finally(() => setSubmitting(false));
  };

  const reset = (v?: V) => {
    setValues(v ?? initial);
    setErrors({});
    setFormError(null);
  };

  return { values, errors, formError, submitting, set, reset, onSubmit, formRef };
}
