import PDFDocument from 'pdfkit'
import { formatDate } from '@/lib/format/dates'
import { formatDuration } from '@/lib/progress/time-spent'
import type { PublicCertificate } from './issue.server'

// The certificate as an A4 landscape PDF, drawn with pdfkit and its built-in Helvetica (no font files to ship or
// download). Only what the public verification page also shows is printed on it.

export async function renderCertificatePdf(certificate: PublicCertificate, verifyUrl: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: `Certificaat Deelwijs — ${certificate.moduleTitle}`,
      Author: 'Deelwijs',
      Subject: `Certificaat voor ${certificate.holderName}`,
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const width = doc.page.width - 112
  doc
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .lineWidth(2)
    .strokeColor('#1d4f91')
    .stroke()
  doc
    .fillColor('#1d4f91')
    .font('Helvetica-Bold')
    .fontSize(14)
    .text('DEELWIJS', 56, 64, { width, align: 'center', characterSpacing: 4 })
  doc.moveDown(1.2).fillColor('#1b2330').fontSize(34).text('Certificaat', { width, align: 'center' })
  doc.moveDown(0.8).font('Helvetica').fontSize(14).text('Hierbij verklaren wij dat', { width, align: 'center' })
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(26).text(certificate.holderName, { width, align: 'center' })
  doc
    .moveDown(0.5)
    .font('Helvetica')
    .fontSize(14)
    .text(
      certificate.criterion === 'behaald' ? 'de volgende module heeft behaald:' : 'de volgende module heeft afgerond:',
      {
        width,
        align: 'center',
      },
    )
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(18).text(certificate.moduleTitle, { width, align: 'center' })
  doc.moveDown(0.6).font('Helvetica').fontSize(11).fillColor('#4a5565')
  doc.text(certificate.dilemmaTitles.join('  ·  '), { width, align: 'center' })
  doc.moveDown(1.2).fillColor('#1b2330').fontSize(13)
  const reached = certificate.criterion === 'behaald' ? 'Behaald' : 'Afgerond'
  doc.text(`${reached} op ${formatDate(certificate.completedAt)}`, { width, align: 'center' })
  doc.text(`Bestede tijd: ${formatDuration(certificate.minutesSpent * 60)}`, { width, align: 'center' })
  doc.moveDown(1.5).fontSize(11).fillColor('#4a5565')
  doc.text(`Verificatiecode: ${certificate.code}`, { width, align: 'center' })
  doc.text(`Controleer dit certificaat op ${verifyUrl}`, { width, align: 'center', link: verifyUrl })
  doc.end()
  return done
}
