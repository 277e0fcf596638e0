import type { ComponentProps } from 'react'
import { ReportFrame } from '@/components/reports/report-frame'

type Props = Pick<ComponentProps<typeof ReportFrame>, 'organisation' | 'organisations' | 'intro' | 'children'>

/** The report frame of every afspraken page: their tab, without the report filters (they do not apply here). */
export function AgreementsFrame(props: Props) {
  return <ReportFrame current="/rapportage/afspraken" input={{}} teams={[]} showFilters={false} {...props} />
}
