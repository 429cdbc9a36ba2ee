import { formatDateTime, OUTCOME_KIND_LABELS, OUTCOME_KINDS, type Locale, type OutcomeKind } from '@crm/domain';
import QRCode from 'qrcode';
import { createContext, useContext, useEffect, useState, type CSSProperties, type FormEvent } from 'react';
import messages from './messages';

/**
 * The public pages, for a guest's phone without an account: a meeting's registration, the door's
 * sign-in, the survey after it, the standing sign-up, and the door's tablet showing its QR code.
 * Its own small entry (guest.html): none of react-admin, its login or its session is loaded here.
 * The token is after the # and so never reaches a server log; the API is asked with it in the path.
 */
type Page = 'registration' | 'check-in' | 'survey' | 'signup' | 'door';
const PAGES: Page[] = ['registration', 'check-in', 'survey', 'signup', 'door'];
/** The API path of each page's link: the door's tablet reads the check-in link. */
const API_OF: Record<Page, string> = {
  registration: 'registration',
  'check-in': 'check-in',
  survey: 'survey',
  signup: 'enterprise-signup',
  door: 'check-in',
};

interface Face {
  title: string | null;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
  closesAt: string;
}

interface Problem {
  message: string;
  errors: Record<string, string>;
}

const I18n = createContext<{ locale: Locale; t: (key: string, params?: Record<string, string | number>) => string }>({
  locale: 'zh-CN',
  t: (key) => key,
});
const useI18n = () => useContext(I18n);

function translator(locale: Locale) {
  return (key: string, params: Record<string, string | number> = {}) => {
    let node: unknown = messages[locale].guest;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === 'string'
      ? node.replace(/%\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
      : key;
  };
}

function route(): { page: Page | null; token: string } {
  const [, page, token] = window.location.hash.split('/');
  return { page: PAGES.includes(page as Page) ? (page as Page) : null, token: token ?? '' };
}

async function call<T>(
  method: 'GET' | 'POST',
  page: Page,
  token: string,
  locale: Locale,
  body?: unknown,
): Promise<{ status: number; body: T | Problem }> {
  const response = await fetch(`/api/public/${API_OF[page]}/${encodeURIComponent(token)}`, {
    method,
    headers: { 'Accept-Language': locale, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    credentials: 'omit',
  });
  return { status: response.status, body: await response.json().catch(() => ({ message: '', errors: {} })) };
}

export function GuestApp() {
  const [locale, setLocale] = useState<Locale>(() =>
    new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh-CN',
  );
  const [{ page, token }, setRoute] = useState(route);
  const [face, setFace] = useState<Face | null | undefined>(undefined);
  useEffect(() => {
    const onHash = () => setRoute(route());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    if (!page) return setFace(null);
    void call<Face>('GET', page, token, 'zh-CN').then((answer) =>
      setFace(answer.status === 200 ? (answer.body as Face) : null),
    );
  }, [page, token]);
  const t = translator(locale);
  const content =
    face === undefined ? (
      <p>{t('loading')}</p>
    ) : face === null || !page ? (
      <p role="alert">{t('closed')}</p>
    ) : page === 'door' ? (
      <Door face={face} token={token} />
    ) : (
      <>
        {face.title && <MeetingFace face={face} />}
        {page === 'registration' && <Registration page={page} token={token} />}
        {page === 'signup' && <Registration page={page} token={token} />}
        {page === 'check-in' && <CheckIn token={token} />}
        {page === 'survey' && <Survey token={token} />}
      </>
    );
  return (
    <I18n.Provider value={{ locale, t }}>
      <main style={styles.page}>
        <header style={styles.header}>
          <span>{t('school')}</span>
          <button type="button" style={styles.link} onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
            {t('switchLanguage')}
          </button>
        </header>
        {content}
      </main>
    </I18n.Provider>
  );
}

function MeetingFace({ face }: { face: Face }) {
  const { locale, t } = useI18n();
  return (
    <section style={styles.card}>
      <h1 style={styles.title}>{face.title}</h1>
      <p style={styles.muted}>
        {t('when')}: {formatDateTime(face.startsAt, locale)}
        {face.endsAt ? ` – ${formatDateTime(face.endsAt, locale).split(' ').pop()}` : ''}
      </p>
      {face.location && (
        <p style={styles.muted}>
          {t('where')}: {face.location}
        </p>
      )}
    </section>
  );
}

/** A QR code as an image (a data: URL, which the CSP allows), drawn in the browser. */
function Qr({ text, size, label }: { text: string; size: number; label: string }) {
  const [source, setSource] = useState('');
  useEffect(() => {
    void QRCode.toDataURL(text, { width: size, margin: 1 }).then(setSource);
  }, [text, size]);
  return source ? <img src={source} width={size} height={size} alt={label} /> : null;
}

type Values = Record<string, string | string[]>;

/** The registration body from the form: numbers as numbers, lists as lists, empty fields left out. */
function bodyOf(values: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      if (value.length) body[key] = value;
    } else if (value.trim() === '') continue;
    else if (['attendees', 'positionsOffered', 'internsWanted'].includes(key)) body[key] = Number(value);
    else if (key === 'majors')
      body[key] = value
        .split(/[,，、;；]/)
        .map((major) => major.trim())
        .filter(Boolean);
    else body[key] = value.trim();
  }
  return body;
}

function Field({
  name,
  values,
  set,
  problem,
  required = false,
  type = 'text',
  inputMode,
}: {
  name: string;
  values: Values;
  set: (name: string, value: string) => void;
  problem?: string;
  required?: boolean;
  type?: string;
  inputMode?: 'numeric' | 'tel' | 'email';
}) {
  const { t } = useI18n();
  return (
    <label style={styles.field}>
      <span>
        {t(`fields.${name}`)}
        {required && <span style={styles.required}> *</span>}
      </span>
      <input
        name={name}
        type={type}
        inputMode={inputMode}
        required={required}
        value={(values[name] as string) ?? ''}
        onChange={(event) => set(name, event.target.value)}
        style={styles.input}
        aria-invalid={!!problem}
      />
      {problem && <span style={styles.error}>{problem}</span>}
    </label>
  );
}

/** The honeypot: out of sight and out of the tab order for people; a bot filling every input fills it. */
function Honeypot({ values, set }: { values: Values; set: (name: string, value: string) => void }) {
  const { t } = useI18n();
  return (
    <label style={styles.honeypot} aria-hidden="true">
      {t('fields.website')}
      <input
        name="website"
        tabIndex={-1}
        autoComplete="off"
        value={(values.website as string) ?? ''}
        onChange={(event) => set('website', event.target.value)}
      />
    </label>
  );
}

function useForm(initial: Values = {}) {
  const [values, setValues] = useState<Values>(initial);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);
  const set = (name: string, value: string | string[]) => setValues((current) => ({ ...current, [name]: value }));
  return { values, set, setValues, problem, setProblem, sending, setSending };
}

function Interests({ values, set }: { values: Values; set: (name: string, value: string[]) => void }) {
  const { locale, t } = useI18n();
  const chosen = (values.interests as string[] | undefined) ?? [];
  return (
    <fieldset style={styles.fieldset}>
      <legend>{t('fields.interests')}</legend>
      <div style={styles.chips}>
        {OUTCOME_KINDS.map((kind) => (
          <label key={kind} style={styles.chip}>
            <input
              type="checkbox"
              checked={chosen.includes(kind)}
              onChange={(event) =>
                set('interests', event.target.checked ? [...chosen, kind] : chosen.filter((other) => other !== kind))
              }
            />
            {OUTCOME_KIND_LABELS[kind][locale]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function RegistrationFields({ form, signup }: { form: ReturnType<typeof useForm>; signup: boolean }) {
  const errors = form.problem?.errors ?? {};
  const set = (name: string, value: string) => form.set(name, value);
  return (
    <>
      <Field name="organisation" values={form.values} set={set} problem={errors.organisation} required />
      <Field name="uscc" values={form.values} set={set} problem={errors.uscc} />
      <Field name="name" values={form.values} set={set} problem={errors.name} required />
      <Field name="title" values={form.values} set={set} problem={errors.title} />
      <Field name="phone" values={form.values} set={set} problem={errors.phone} required type="tel" inputMode="tel" />
      <Field name="email" values={form.values} set={set} problem={errors.email} type="email" inputMode="email" />
      <Field name="wechat" values={form.values} set={set} problem={errors.wechat} />
      {signup ? (
        <>
          <Field name="city" values={form.values} set={set} problem={errors.city} />
          <Field name="industry" values={form.values} set={set} problem={errors.industry} />
        </>
      ) : (
        <Field name="attendees" values={form.values} set={set} problem={errors.attendees} inputMode="numeric" />
      )}
      <Field
        name="positionsOffered"
        values={form.values}
        set={set}
        problem={errors.positionsOffered}
        inputMode="numeric"
      />
      <Field name="internsWanted" values={form.values} set={set} problem={errors.internsWanted} inputMode="numeric" />
      <Field name="majors" values={form.values} set={set} problem={errors.majors} />
      <Interests values={form.values} set={form.set} />
      <Honeypot values={form.values} set={set} />
    </>
  );
}

async function submit(
  form: ReturnType<typeof useForm>,
  event: FormEvent,
  send: () => Promise<{ status: number; body: unknown }>,
  done: (body: never) => void,
) {
  event.preventDefault();
  form.setSending(true);
  try {
    const answer = await send();
    if (answer.status >= 400)
      form.setProblem({ message: (answer.body as Problem).message, errors: (answer.body as Problem).errors ?? {} });
    else {
      form.setProblem(null);
      done(answer.body as never);
    }
  } finally {
    form.setSending(false);
  }
}

function Submit({ form, label }: { form: ReturnType<typeof useForm>; label?: string }) {
  const { t } = useI18n();
  return (
    <>
      {form.problem && (
        <p role="alert" style={styles.error}>
          {form.problem.message || t('failed')}
        </p>
      )}
      <button type="submit" disabled={form.sending} style={styles.button}>
        {form.sending ? t('sending') : (label ?? t('send'))}
      </button>
    </>
  );
}

function Registration({ page, token }: { page: 'registration' | 'signup'; token: string }) {
  const { locale, t } = useI18n();
  const form = useForm();
  const [code, setCode] = useState<string | null>(null);
  if (code) {
    return (
      <section style={styles.card} data-testid="registered">
        <h2 style={styles.title}>{t(page === 'signup' ? 'signup.done' : 'registration.done')}</h2>
        {page === 'registration' && (
          <>
            <p>{t('registration.code')}</p>
            <p style={styles.code} data-testid="code">
              {code}
            </p>
            <Qr text={code} size={180} label={code} />
            <p style={styles.muted}>{t('registration.showAtDoor')}</p>
          </>
        )}
      </section>
    );
  }
  return (
    <form
      style={styles.card}
      onSubmit={(event) =>
        submit(
          form,
          event,
          () => call('POST', page, token, locale, bodyOf(form.values)),
          (body: { code: string }) => setCode(body.code),
        )
      }
    >
      <h2 style={styles.title}>{t(page === 'signup' ? 'signup.title' : 'registration.title')}</h2>
      {page === 'signup' && <p style={styles.muted}>{t('signup.intro')}</p>}
      <RegistrationFields form={form} signup={page === 'signup'} />
      <Submit form={form} />
    </form>
  );
}

/** A code is six letters and digits; anything else is taken for a phone number. */
const looksLikeCode = (text: string) => /^[A-Za-z0-9]{6}$/.test(text.trim()) && /[A-Za-z]/.test(text);

function CheckIn({ token }: { token: string }) {
  const { locale, t } = useI18n();
  const form = useForm();
  const [walkIn, setWalkIn] = useState(false);
  const [welcome, setWelcome] = useState<{ name: string; organisation: string; code?: string } | null>(null);
  const reset = () => {
    setWelcome(null);
    setWalkIn(false);
    form.setValues({});
  };
  if (welcome) {
    return (
      <section style={styles.card} data-testid="welcome">
        <h2 style={styles.title}>{t('checkIn.welcome', { name: welcome.name })}</h2>
        <p>{welcome.organisation}</p>
        {welcome.code && <p style={styles.code}>{welcome.code}</p>}
        <button type="button" style={styles.button} onClick={reset}>
          {t('checkIn.again')}
        </button>
      </section>
    );
  }
  if (walkIn) {
    return (
      <form
        style={styles.card}
        onSubmit={(event) =>
          submit(form, event, () => call('POST', 'check-in', token, locale, bodyOf(form.values)), setWelcome)
        }
      >
        <h2 style={styles.title}>{t('checkIn.walkInTitle')}</h2>
        <RegistrationFields form={form} signup={false} />
        <Submit form={form} label={t('checkIn.signIn')} />
      </form>
    );
  }
  const who = ((form.values.who as string) ?? '').trim();
  return (
    <form
      style={styles.card}
      onSubmit={(event) =>
        submit(
          form,
          event,
          async () => {
            const answer = await call(
              'POST',
              'check-in',
              token,
              locale,
              looksLikeCode(who) ? { code: who } : { phone: who },
            );
            return answer.status === 404
              ? { status: 404, body: { message: t('checkIn.unknown'), errors: {} } }
              : answer;
          },
          setWelcome,
        )
      }
    >
      <h2 style={styles.title}>{t('checkIn.title')}</h2>
      <label style={styles.field}>
        <span>{t('checkIn.codeOrPhone')}</span>
        <input
          name="who"
          required
          value={who}
          onChange={(event) => form.set('who', event.target.value)}
          style={{ ...styles.input, fontSize: 22 }}
          autoComplete="off"
        />
      </label>
      <Submit form={form} label={t('checkIn.signIn')} />
      <button
        type="button"
        style={styles.link}
        onClick={() => {
          form.setProblem(null);
          setWalkIn(true);
        }}
      >
        {t('checkIn.walkIn')}
      </button>
    </form>
  );
}

function Survey({ token }: { token: string }) {
  const { locale, t } = useI18n();
  const form = useForm();
  const [satisfaction, setSatisfaction] = useState(0);
  const [wants, setWants] = useState<Partial<Record<OutcomeKind, string>>>({});
  const [done, setDone] = useState(false);
  if (done)
    return (
      <section style={styles.card} data-testid="answered">
        <h2 style={styles.title}>{t('survey.done')}</h2>
      </section>
    );
  const who = ((form.values.who as string) ?? '').trim();
  const send = () => {
    if (!satisfaction)
      return Promise.resolve({ status: 400, body: { message: t('survey.needSatisfaction'), errors: {} } });
    const body: Record<string, unknown> = {
      satisfaction,
      wants: Object.entries(wants).map(([kind, count]) => ({ kind, ...(count ? { count: Number(count) } : {}) })),
      ...(who ? (looksLikeCode(who) ? { code: who } : { phone: who }) : {}),
      ...bodyOf({
        contactPerson: (form.values.contactPerson as string) ?? '',
        note: (form.values.note as string) ?? '',
        website: (form.values.website as string) ?? '',
      }),
    };
    return call('POST', 'survey', token, locale, body);
  };
  return (
    <form style={styles.card} onSubmit={(event) => submit(form, event, send, () => setDone(true))}>
      <h2 style={styles.title}>{t('survey.title')}</h2>
      <label style={styles.field}>
        <span>{t('survey.who')}</span>
        <input name="who" value={who} onChange={(event) => form.set('who', event.target.value)} style={styles.input} />
      </label>
      <fieldset style={styles.fieldset}>
        <legend>{t('survey.satisfaction')}</legend>
        <div style={styles.chips}>
          {[1, 2, 3, 4, 5].map((score) => (
            <button
              key={score}
              type="button"
              aria-pressed={satisfaction === score}
              onClick={() => setSatisfaction(score)}
              style={{ ...styles.score, ...(satisfaction >= score ? styles.scoreOn : {}) }}
            >
              {score}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset style={styles.fieldset}>
        <legend>{t('survey.wants')}</legend>
        {OUTCOME_KINDS.map((kind) => (
          <div key={kind} style={styles.want}>
            <label style={{ flex: 1 }}>
              <input
                type="checkbox"
                checked={kind in wants}
                onChange={(event) =>
                  setWants((current) => {
                    const next = { ...current };
                    if (event.target.checked) next[kind] = '';
                    else delete next[kind];
                    return next;
                  })
                }
              />
              {OUTCOME_KIND_LABELS[kind][locale]}
            </label>
            {kind in wants && (
              <input
                aria-label={`${OUTCOME_KIND_LABELS[kind][locale]} ${t('survey.count')}`}
                placeholder={t('survey.count')}
                inputMode="numeric"
                value={wants[kind]}
                onChange={(event) => setWants((current) => ({ ...current, [kind]: event.target.value }))}
                style={{ ...styles.input, width: 80 }}
              />
            )}
          </div>
        ))}
      </fieldset>
      <label style={styles.field}>
        <span>{t('survey.contactPerson')}</span>
        <input
          name="contactPerson"
          value={(form.values.contactPerson as string) ?? ''}
          onChange={(event) => form.set('contactPerson', event.target.value)}
          style={styles.input}
        />
      </label>
      <label style={styles.field}>
        <span>{t('survey.note')}</span>
        <textarea
          name="note"
          rows={3}
          value={(form.values.note as string) ?? ''}
          onChange={(event) => form.set('note', event.target.value)}
          style={styles.input}
        />
      </label>
      <Honeypot values={form.values} set={form.set} />
      <Submit form={form} />
    </form>
  );
}

/** The tablet at the door: the meeting and a large QR code of the sign-in page. */
function Door({ face, token }: { face: Face; token: string }) {
  const { t } = useI18n();
  const url = `${window.location.origin}/guest.html#/check-in/${token}`;
  return (
    <section style={{ ...styles.card, textAlign: 'center' }}>
      {face.title && <h1 style={styles.title}>{face.title}</h1>}
      <h2>{t('door.scan')}</h2>
      <Qr text={url} size={320} label={t('door.scan')} />
      <p style={styles.muted}>{t('door.hint')}</p>
    </section>
  );
}

const styles: Record<string, CSSProperties> = {
  page: {
    maxWidth: 560,
    margin: '0 auto',
    padding: 12,
    color: '#1a1a1a',
    background: '#f4f6f9',
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    color: '#1f4e79',
    fontWeight: 600,
    padding: '4px 2px 10px',
  },
  card: {
    background: '#fff',
    borderRadius: 10,
    padding: 16,
    marginBottom: 12,
    boxShadow: '0 1px 3px rgba(0,0,0,.12)',
    display: 'flex',
    flexDirection: 'column',
    gap: 12,
  },
  title: { fontSize: 20, margin: 0, lineHeight: 1.35 },
  muted: { color: '#555', margin: 0, fontSize: 14 },
  field: { display: 'flex', flexDirection: 'column', gap: 4, fontSize: 15 },
  input: {
    font: 'inherit',
    fontSize: 16,
    padding: '10px 12px',
    border: '1px solid #b8c2cc',
    borderRadius: 6,
    boxSizing: 'border-box',
    width: '100%',
  },
  required: { color: '#c62828' },
  error: { color: '#c62828', fontSize: 14, margin: 0 },
  button: {
    font: 'inherit',
    fontSize: 17,
    padding: '12px',
    background: '#1f4e79',
    color: '#fff',
    border: 0,
    borderRadius: 6,
  },
  link: { font: 'inherit', background: 'none', border: 0, color: '#1f4e79', textDecoration: 'underline', padding: 4 },
  fieldset: { border: '1px solid #dde3ea', borderRadius: 6, padding: '8px 10px', margin: 0 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: 8 },
  chip: {
    display: 'flex',
    alignItems: 'center',
    gap: 4,
    fontSize: 14,
    padding: '4px 8px',
    background: '#eef3f8',
    borderRadius: 14,
  },
  want: { display: 'flex', alignItems: 'center', gap: 8, minHeight: 40, fontSize: 15 },
  score: {
    font: 'inherit',
    width: 48,
    height: 48,
    fontSize: 18,
    borderRadius: 24,
    border: '1px solid #1f4e79',
    background: '#fff',
    color: '#1f4e79',
  },
  scoreOn: { background: '#1f4e79', color: '#fff' },
  code: {
    fontSize: 40,
    letterSpacing: 6,
    fontWeight: 700,
    margin: 0,
    fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
    color: '#1f4e79',
  },
  honeypot: { position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' },
};
