/**
 * An inspection told by who came, where that is not Ofsted alone: "In 2019 HM Inspectorate of Probation inspected the
 * youth justice service", "the probation inspectorate visited the youth offending team in January", and the team "on
 * site" ("Inspectors were on site for two weeks in March"). A school's, a police force's or a hospital's inspection, one hoped for, asked about or denied, are
 * none. They describe how news tells these visits, never a particular article.
 */
import type {Rule} from './event-rules.js';

// (Ofsted and the CQC together are left to the area SEND rules: read here, their visit took a month of the wrong year.)
const others = String.raw`(?:(?:HM |His Majesty['’]s |Her Majesty['’]s )?Inspectorate of Probation|HMI Probation|(?:the )?probation (?:inspectorate|inspectors))`;

export const inspectorateVisitRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['inspected', 'visited', 'on site'],
		test: new RegExp(
			String.raw`\b${others}\s+(?:(?:first|last|then|jointly|also|have|has|had)\s+)?(?:inspected|re-?inspected|visited|re-?visited)\b` +
				// "Inspectors were on site for two weeks in March".
				String.raw`|\b(?:Ofsted|(?:the\s+)?inspectors|(?:the\s+)?inspection team)\s+(?:were|was)\s+on\s+site\b`,
			'i',
		),
		unless: /\?\s*$|^\W*(?:if|unless|whether)\b|\b(?:hopes?|hoped|hoping|wants?|whether)\b|\b(?:not|never|n['’]t)\s+(?:yet\s+|been\s+){0,2}(?:inspected|visited)\b|^(?![^]*\b(?:council|authority|children['’]s (?:services|social care)|social care|youth (?:justice|offending)|SEND|partnership|borough|county|city|local area)\b)[^]*\b(?:school|academy|nursery|care home|police|force|hospital|prison)\b/i,
	},
];
