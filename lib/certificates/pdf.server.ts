import path from 'node:path'
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import { formatDate } from '@/lib/format/dates'
import { formatDuration } from '@/lib/progress/time-spent'
import { caseLine } from './case-line'
import type { PublicCertificate } from './issue.server'

// The certificate as an A4 landscape PDF, drawn with pdfkit. It is a tagged PDF (PDF/UA, with pdfkit's own support):
// document language nl-NL, the title shown as the window title, a structure tree (heading, paragraphs, link, figure)
// that screen readers read in order, the decorative border marked as an artifact, alt text for the QR code, and an
// embedded font (Inter, from the @fontsource/inter package) instead of the built-in Helvetica, which PDF/UA does not
// allow. Only what the public verification page also shows is printed on it.

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files')
const REGULAR = path.join(FONT_DIR, 'inter-latin-400-normal.woff')
const BOLD = path.join(FONT_DIR, 'inter-latin-700-normal.woff')
const QR_SIZE = 84
// pdfkit 0.20 writes PDF/UA (identification in the XMP metadata, checks for embedded fonts); its type definitions
// only list the PDF/A subsets so far.
const PDF_UA = 'PDF/UA' as unknown as NonNullable<PDFKit.PDFDocumentOptions['subset']>

export async function renderCertificatePdf(certificate: PublicCertificate, verifyUrl: string): Promise<Buffer> {
  const title = `Certificaat Deelwijs — ${certificate.moduleTitle}`
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    lang: 'nl-NL',
    displayTitle: true,
    tagged: true,
    pdfVersion: '1.7',
    subset: PDF_UA,
    font: REGULAR,
    info: { Title: title, Author: 'Deelwijs', Subject: `Certificaat voor ${certificate.holderName}` },
  })
  doc.registerFont('regular', REGULAR)
  doc.registerFont('bold', BOLD)
  const qr = await QRCode.toBuffer(verifyUrl, { margin: 1, width: QR_SIZE * 3 })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const width = doc.page.width - 112
  const centred = { width, align: 'center' as const }
  const root = doc.struct('Document')
  doc.addStructure(root)
  const paragraph = (write: () => void) => root.add(doc.struct('P', {}, write))

  // The border only decorates: an artifact, not content.
  doc.markContent('Artifact', { type: 'Layout' })
  doc
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .lineWidth(2)
    .strokeColor('#1d4f91')
    .stroke()
  doc.endMarkedContent()

  paragraph(() => {
    doc
      .fillColor('#1d4f91')
      .font('bold')
      .fontSize(14)
      .text('DEELWIJS', 56, 64, { ...centred, characterSpacing: 4 })
  })
  root.add(
    doc.struct('H1', {}, () => {
      doc.moveDown(1.2).fillColor('#1b2330').fontSize(34).text('Certificaat', centred)
    }),
  )
  paragraph(() => {
    doc.moveDown(0.8).font('regular').fontSize(14).text('Hierbij verklaren wij dat', centred)
    doc.moveDown(0.5).font('bold').fontSize(26).text(certificate.holderName, centred)
    doc
      .moveDown(0.5)
      .font('regular')
      .fontSize(14)
      .text(
        certificate.criterion === 'behaald'
          ? 'de volgende module heeft behaald:'
          : 'de volgende module heeft afgerond:',
        centred,
      )
    doc.moveDown(0.4).font('bold').fontSize(18).text(certificate.moduleTitle, centred)
    if (certificate.caseTitles.length > 0)
      doc.moveDown(0.3).font('regular').fontSize(13).text(caseLine(certificate.caseTitles), centred)
  })
  paragraph(() => {
    doc.moveDown(0.6).font('regular').fontSize(11).fillColor('#4a5565')
    doc.text(certificate.dilemmaTitles.join('  ·  '), centred)
  })
  paragraph(() => {
    doc.moveDown(1.2).fillColor('#1b2330').fontSize(13)
    const reached = certificate.criterion === 'behaald' ? 'Behaald' : 'Afgerond'
    doc.text(`${reached} op ${formatDate(certificate.completedAt)}`, centred)
    doc.text(`Bestede tijd: ${formatDuration(certificate.minutesSpent * 60)}`, centred)
  })
  paragraph(() => {
    doc.moveDown(1.5).fontSize(11).fillColor('#4a5565')
    doc.text(`Verificatiecode: ${certificate.code}`, centred)
  })
  root.add(
    doc.struct('Link', {}, () => {
      doc.text(`Controleer dit certificaat op ${verifyUrl}`, { ...centred, link: verifyUrl })
    }),
  )
  root.add(
    doc.struct('Figure', { alt: `QR-code met de link om dit certificaat te controleren: ${verifyUrl}` }, () => {
      doc.image(qr, doc.page.width - 56 - QR_SIZE, 56, { width: QR_SIZE })
    }),
  )
  root.end()
  doc.end()
  return done
}
