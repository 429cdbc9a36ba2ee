import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code drawn in the browser as a data: image (the CSP allows those), to print or paste into a WeChat group. */
export function Qr({ text, size, label }: { text: string; size: number; label: string }) {
  const [source, setSource] = useState('');
  useEffect(() => {
    void QRCode.toDataURL(text, { width: size, margin: 1 }).then(setSource);
  }, [text, size]);
  return source ? <img src={source} width={size} height={size} alt={label} /> : null;
}
