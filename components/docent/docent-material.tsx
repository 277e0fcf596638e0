import type { DocentMaterial } from '@/lib/scenarios/schema'

// The teaching material of one dilemma (frontmatter `docent`): learning goals, three discussion questions, a suggested
// werkvorm with its time, and the key legal points. Used on the class discussion page and in the print view.

type HeadingLevel = 'h3' | 'h4'

export function DocentMaterialView({
  material,
  heading: Heading = 'h3',
}: {
  material: DocentMaterial
  heading?: HeadingLevel
}) {
  return (
    <div className="docent-material grid gap-4 md:grid-cols-2 print:grid-cols-2 print:gap-3">
      <div>
        <Heading className="font-semibold">Leerdoelen</Heading>
        <ul className="list-disc space-y-1 pl-6">
          {material.leerdoelen.map((goal) => (
            <li key={goal}>{goal}</li>
          ))}
        </ul>
      </div>
      <div>
        <Heading className="font-semibold">Vragen voor de bespreking</Heading>
        <ol className="list-decimal space-y-1 pl-6">
          {material.vragen.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      </div>
      <div>
        <Heading className="font-semibold">
          Werkvorm: {material.werkvorm.naam} ({material.werkvorm.minuten} minuten)
        </Heading>
        <p>{material.werkvorm.beschrijving}</p>
      </div>
      <div>
        <Heading className="font-semibold">Juridische kern</Heading>
        <ul className="list-disc space-y-1 pl-6">
          {material.juridisch.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </div>
    </div>
  )
}
