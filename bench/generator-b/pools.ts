/**
 * Generator b's words: written for it alone, sharing nothing with generator.ts's pools, so that the two corpora
 * differ in vocabulary, names and sentence shapes as two papers' archives would. `{slot}` marks are filled by
 * article.ts.
 */

export const givenNames = {
	m: 'Alistair Barnaby Callum Dominic Elliot Fergus Gareth Hamish Isaac Jonah Kieran Lewis Malcolm Nathaniel Oliver Patrick Reuben Samir Theo Vikram Warren Xavier Yusuf Zachary Harvey Owain Femi Dmitri Lorcan Ravi'.split(' '),
	f: 'Abigail Bethany Cerys Delia Eleanor Freya Georgina Harriet Imogen Jasmine Kirsty Leona Maddie Naomi Olwen Philippa Rosalind Saskia Tamsin Ursula Verity Wendy Zara Anjali Blessing Chloe Deepa Esme Farah Greta'.split(' '),
};

export const familyNames =
	'Abbott Ainsworth Bramley Brooks Calloway Cartwright Darby Duffy Eastwood Farrow Fenwick Gallagher Garside Hadley Halliwell Ingram Irving Jarvis Kendall Kirby Lambert Lockwood Maddox Merriman Norcross Oakley Pemberton Prescott Radcliffe Rushton Sandford Seddon Tennant Thwaite Underwood Varley Wainwright Whitfield Yardley Okafor Mensah Chowdhury Begum Nowak Kowalski Rahman Iqbal Doyle Fairclough'.split(' ');

export const papers = ['Synthetic Bugle', 'Synthetic Courier', 'Synthetic Weekly Post', 'Synthetic Evening Star', 'Synthetic Borough Voice'];
export const sections = ['News', 'Local politics', 'Education', 'Council'];

export const politicalGroups = [
	{adj: 'Labour', group: 'Labour'},
	{adj: 'Conservative', group: 'Conservative'},
	{adj: 'Liberal Democrat', group: 'Lib Dem'},
	{adj: 'Green', group: 'Green'},
	{adj: 'independent', group: 'Independent'},
] as const;

/** Roles, by who holds them. */
export const roles = {
	portfolio: ["cabinet member for children's social care", "executive member for children and education", "deputy leader with responsibility for children's services"],
	leader: ['leader of the council', 'council leader'],
	critic: ['opposition spokesperson for children', 'leader of the opposition group', 'shadow cabinet member for children'],
	officer: ["strategic director for people", "assistant director for children's social care", "director of children's services"],
	scrutiny: ["chair of the corporate parenting panel", "vice-chair of the children's overview and scrutiny committee"],
	outsider: ['chief executive of a local fostering charity', 'a family support worker', 'regional secretary of the social workers’ union', 'chair of the local safeguarding partnership'],
} as const;

/** Stories with an event a reader would put on a timeline (a judgement, a notice, a resignation). */
export const eventStories = {
	rating: {
		headline: ['Watchdog rates {place} children’s services {grade}', '{grade} verdict for {place} after Ofsted visit', 'Inspectors deliver {grade} rating to {place} council'],
		lede: [
			'Children’s services in {place} have been rated {grade} by Ofsted after a three-week inspection in {monthName}.',
			'Ofsted has judged {place}’s services for children {grade}, in a report published on {weekday}.',
		],
	},
	notice: {
		headline: ['Government serves improvement notice on {place}', '{place} ordered to improve care for vulnerable children'],
		lede: ['The Department for Education has issued {place} council with an improvement notice over failings in its children’s services.'],
	},
	quits: {
		headline: ['{place} children’s chief steps down', 'Director quits {place} council'],
		lede: ['{place}’s most senior children’s services officer has resigned, the council confirmed on {weekday}.'],
	},
} as const;

/** Stories without such an event: the everyday coverage of a service. */
export const plainStories = {
	fostering: {
		headline: ['{place} appeals for more foster carers', 'Foster families wanted as {place} runs short', 'Could you foster? {place} launches recruitment drive'],
		lede: ['{place} council says it needs dozens more foster families as the number of children in its care keeps climbing.', 'A new campaign is trying to persuade residents of {place} to open their homes to children who cannot live with their parents.'],
		body: [
			'The council currently looks after {count} children, up from {smaller} five years ago.',
			'Carers receive a weekly allowance and training, and the council says it will match each family with a supervising social worker.',
			'Most of the children waiting for a family are teenagers or brothers and sisters who want to stay together.',
			'Placements with private agencies cost the council up to three times as much as its own carers.',
			'An open evening will be held at the town hall next month for anyone thinking of applying.',
		],
	},
	send: {
		headline: ['Parents angry over {place} school transport changes', 'Special needs budget in {place} under strain'],
		lede: ['Families of children with special educational needs in {place} say changes to home-to-school transport have left them out of pocket.', 'The bill for supporting children with special educational needs in {place} has overshot its budget again.'],
		body: [
			'The high needs block was overspent by £{millions} million last year, according to figures presented to the schools forum.',
			'Requests for education, health and care plans have risen sharply, and the council says it is struggling to meet the twenty-week deadline.',
			'Some parents have been offered a mileage allowance instead of a taxi, which they say does not cover the cost of the journey.',
			'A consultation on the new policy closes at the end of the month.',
		],
	},
	homes: {
		headline: ['New children’s home planned for {place}', '{place} council to open its own children’s homes'],
		lede: ['{place} council plans to open two small children’s homes so that fewer young people are sent to live far from the area.'],
		body: [
			'At present {count} children from the borough live in homes more than twenty miles away.',
			'Each home will look after up to four young people, with staff on site around the clock.',
			'Neighbours raised concerns about parking at a planning meeting, but the application was approved.',
			'The council expects the homes to save money within three years by reducing its use of private providers.',
		],
	},
	youth: {
		headline: ['Youth clubs reopen across {place}', 'Cash boost for {place} youth services'],
		lede: ['Youth clubs closed during a round of cuts are to reopen in {place} after the council found money in its budget.'],
		body: [
			'Six centres will open on weekday evenings, run by youth workers employed by the council and local charities.',
			'Young people helped choose the activities, which include cooking, music and sport.',
			'Police have backed the plan, saying that somewhere to go in the evenings keeps teenagers out of trouble.',
			'The scheme will cost £{thousands},000 a year and will be reviewed after eighteen months.',
		],
	},
	workforce: {
		headline: ['{place} bids to hold on to its social workers', 'Pay rise aims to keep {place} social workers'],
		lede: ['{place} council is offering a retention payment to social workers who stay for two years, as it tries to cut its reliance on agency staff.'],
		body: [
			'About one in {ratio} of the council’s children’s social workers is employed through an agency.',
			'Caseloads in the assessment teams average {cases} families per worker, above the level the council aims for.',
			'Newly qualified staff will get protected caseloads and a mentor during their first year.',
			'The council hopes the payments will pay for themselves in lower agency fees.',
		],
	},
} as const;

/** Background for event stories: what inspectors, ministers and reports said. */
export const eventBody = {
	rating: [
		'Inspectors found that some children had waited too long for their cases to be allocated to a social worker.',
		'The report praised the council’s work with care leavers but said managers did not always know what was happening on the front line.',
		'The last full inspection, in {earlier}, had rated the service {earlierGrade}.',
		'Ofsted said there had been too many changes of social worker for some children, which made it hard for them to build trust.',
	],
	notice: [
		'The notice sets out a list of improvements the council must make, and a Whitehall adviser will check progress every three months.',
		'Ministers can appoint a commissioner if the council fails to improve quickly enough.',
		'The council has been told to report back on its plan within six weeks.',
	],
	quits: [
		'The departure comes weeks after a critical report on the service.',
		'An interim director will be appointed while the council recruits a permanent replacement.',
		'The council did not say whether a payment had been agreed.',
	],
} as const;

/** What speakers say, by their side of the story: sentences for quotes, written for generator b. */
export const said = {
	defend: [
		'We have listened to families and we are changing the way we work.',
		'Every child in our care deserves a stable and loving home, and that is what we are working towards.',
		'I want to thank our staff, who go above and beyond every single day.',
		'There is more to do, and I am not going to pretend otherwise.',
		'The money we are putting in will make a real difference on the ground.',
		'We have already made changes since the inspectors visited.',
		'Our social workers are doing a difficult job in very hard circumstances.',
		'This is about making sure help reaches families before they reach a crisis.',
	],
	critic: [
		'Residents were told everything was under control, and it clearly was not.',
		'I raised these concerns at committee more than a year ago and nothing happened.',
		'Families are paying the price for decisions made behind closed doors.',
		'The administration needs to explain where the money has gone.',
		'We need a plan with dates and targets, not another glossy strategy.',
		'It is the children who lose out when the council gets this wrong.',
		'People on my ward have waited months for a call back.',
	],
	outside: [
		'What young people tell us, again and again, is that they want someone who stays.',
		'Carers need support at three in the morning, not just during office hours.',
		'Staff are exhausted, and you cannot run a service on goodwill forever.',
		'We welcome the commitment, but the proof will be in what changes for families.',
		'Early help works, and cutting it only stores up problems for later.',
	],
} as const;

/** Quoted claims made of parts (a subject and what is said of it), by side: many more sentences than the lists above. */
export const claimParts = {
	defend: {
		subject: ['our early help teams', 'the new fostering offer', 'the extra money agreed in February', 'our care leavers’ service', 'the recruitment campaign', 'the family hubs', 'our edge-of-care workers', 'the new front door for referrals'],
		predicate: ['will make a difference this year', 'will be reviewed every three months', 'had the backing of the whole cabinet', 'should help us keep children with their families', 'came from ideas young people gave us', 'will mean fewer children moving far from home', 'should bring caseloads down', 'will be in place by the autumn'],
	},
	critic: {
		subject: ['this administration', 'the cabinet', 'the ruling group', 'the council’s leadership', 'senior officers', 'the portfolio holder'],
		predicate: ['ignored every warning', 'cannot keep blaming the government', 'should apologise to families', 'lost the confidence of frontline staff', 'promised a review that never came', 'must publish the figures in full', 'should have acted two years ago', 'knew about this in the spring'],
	},
	outside: {
		subject: ['foster carers', 'young people leaving care', 'the parents we work with', 'frontline staff', 'local schools', 'grandparents raising grandchildren'],
		predicate: ['need to be listened to', 'were the last to know', 'told us the same story every week', 'deserve better than a waiting list', 'want consistency above everything', 'have been doing the council’s job for it'],
	},
} as const;

/** Background any story may carry, made of parts: where a figure comes from and what it shows. */
export const backgroundParts = {
	source: ['Figures obtained by the {paper} show that', 'A report to the cabinet says', 'Council papers published this week reveal that', 'The council’s own annual review found that', 'Data from the Department for Education shows that'],
	finding: [
		'the number of children on protection plans has risen by a fifth',
		'spending on placements has doubled since {earlier}',
		'one referral in three now comes from the police',
		'{count} children are waiting for a mental health assessment',
		'the council relies on {ratio} agencies for its residential placements',
		'the average social worker in the borough stays for less than two years',
		'care leavers in the area are less likely than their peers to be in work or training',
		'the budget for children’s services is overspent by £{millions} million',
		'the number of children living in unregistered homes has fallen',
		'contacts to the front door rose by {cases} per cent in a year',
	],
} as const;

/** Words a quote may open with. */
export const openers = ['', '', '', 'Frankly, ', 'Let me be clear: ', 'To be honest, ', 'Put simply, ', 'In my view, '];

/** Ways of saying "said", by attribution style. */
export const verbs = ['said', 'told the {paper}', 'added', 'explained', 'insisted', 'warned', 'commented'];
