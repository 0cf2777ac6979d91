// The organiser's check-in screen: the current code in six large digits, how long it stays valid, and a QR code of the
// link where a person confirms it. The QR encoder (`qrcode`) is imported on demand, so it loads only where this screen
// is drawn. The screen shows what it is given: the page fetches the next code when this one is used or expires.
import { type CSSProperties, useEffect, useState } from 'react';

export type CheckinCodeScreenProps = {
  /** Six digits. */
  code: string;
  /** When the code stops being valid. */
  expiresAt: Date;
  /** The clock (the page's, so tests can set it). */
  now: () => Date;
  /** What the QR code carries (checkinLink). */
  link: string;
  /** Words in the reader's language; `expiresIn` receives the seconds left as `{seconds}`. */
  labels: { code: string; scan: string; expiresIn: string };
};

const secondsLeft = (expiresAt: Date, now: Date) =>
  Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000));

const digitsStyle: CSSProperties = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: 'clamp(48px, 12vw, 120px)',
  fontWeight: 700,
  letterSpacing: '0.15em',
  lineHeight: 1.1,
  fontVariantNumeric: 'tabular-nums',
};

/** The QR code of `link` as an image's data URL, or null while it is drawn (or when drawing failed). */
function useQrCode(link: string) {
  const [qr, setQr] = useState<{ link: string; url: string } | null>(null);
  useEffect(() => {
    let current = true;
    import('qrcode')
      .then(({ toDataURL }) => toDataURL(link, { errorCorrectionLevel: 'M', margin: 1, width: 320 }))
      .then((url) => {
        if (current) setQr({ link, url });
      })
      .catch(() => {
        if (current) setQr(null);
      });
    return () => {
      current = false;
    };
  }, [link]);
  return qr?.link === link ? qr.url : null;
}

export function CheckinCodeScreen({ code, expiresAt, now, link, labels }: CheckinCodeScreenProps) {
  const [left, setLeft] = useState(() => secondsLeft(expiresAt, now()));
  useEffect(() => {
    setLeft(secondsLeft(expiresAt, now()));
    const timer = setInterval(() => setLeft(secondsLeft(expiresAt, now())), 250);
    return () => clearInterval(timer);
  }, [expiresAt, now]);
  const qr = useQrCode(link);
  return (
    <section aria-label={labels.code} style={{ display: 'flex', flexWrap: 'wrap', gap: 32, alignItems: 'center' }}>
      <div>
        <div style={{ fontSize: 16, opacity: 0.75 }}>{labels.code}</div>
        <output aria-live="polite" style={digitsStyle}>
          {code}
        </output>
        <div role="timer" aria-live="off" style={{ fontSize: 18, marginTop: 8 }}>
          {labels.expiresIn.replace('{seconds}', String(left))}
        </div>
      </div>
      <figure style={{ margin: 0, textAlign: 'center' }}>
        <div style={{ width: 240, height: 240, display: 'grid', placeItems: 'center', background: '#fff' }}>
          {qr ? <img src={qr} alt={labels.scan} width={240} height={240} /> : null}
        </div>
        <figcaption style={{ marginTop: 8 }}>{labels.scan}</figcaption>
      </figure>
    </section>
  );
}
