import QRCode from 'qrcode'

/** An SVG QR code for a link, drawn dark on white with a quiet zone, so phone cameras read it from a projector. */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  })
}
