/**
 * Word lists the extraction rules rely on. They describe how British local papers write (titles, roles,
 * parties, reporting verbs), never a particular article.
 */
import {roleReference} from './role-reference.js';

/** Honorifics and council titles, as printed, with the gender they imply where they imply one. */
export const titles: ReadonlyMap<string, {canonical: string; gender?: 'm' | 'f'; plural?: boolean}> = new Map([
	['coun', {canonical: 'Coun'}],
	['coun.', {canonical: 'Coun'}],
	['couns', {canonical: 'Coun', plural: true}],
	['cllr', {canonical: 'Cllr'}],
	['cllr.', {canonical: 'Cllr'}],
	['cllrs', {canonical: 'Cllr', plural: true}],
	['councillor', {canonical: 'Councillor'}],
	['councillors', {canonical: 'Councillor', plural: true}],
	['mr', {canonical: 'Mr', gender: 'm'}],
	['mr.', {canonical: 'Mr', gender: 'm'}],
	['mrs', {canonical: 'Mrs', gender: 'f'}],
	['mrs.', {canonical: 'Mrs', gender: 'f'}],
	['ms', {canonical: 'Ms', gender: 'f'}],
	['ms.', {canonical: 'Ms', gender: 'f'}],
	['miss', {canonical: 'Miss', gender: 'f'}],
	['dr', {canonical: 'Dr'}],
	['dr.', {canonical: 'Dr'}],
	['prof', {canonical: 'Prof'}],
	['professor', {canonical: 'Prof'}],
	['sir', {canonical: 'Sir', gender: 'm'}],
	['dame', {canonical: 'Dame', gender: 'f'}],
	['lord', {canonical: 'Lord', gender: 'm'}],
	['baroness', {canonical: 'Baroness', gender: 'f'}],
	['rev', {canonical: 'Rev'}],
	['mayor', {canonical: 'Mayor'}],
	['revd', {canonical: 'Rev'}],
]);

/**
 * Common given names in England (ONS baby-name lists across the decades, both sexes). A capitalised pair that
 * starts with one is a person even without a title ("Diane Booth told a meeting").
 */
const male =
	'Aaron Adam Adrian Aidan Alan Alastair Albert Alex Alexander Alfie Alfred Ali Alistair Allan Andrew Andy Angus Anthony Antony Archie Arthur Ashley Barry Ben Benjamin Bernard Bill Billy Bob Brendan Brian Bruce Callum Calvin Cameron Carl Charles Charlie Chris Christian Christopher Clive Colin Conor Craig Daniel Danny Darren Dave David Dean Dennis Derek Dominic Don Donald Douglas Duncan Dylan Ed Eddie Edward Elliot Eric Ethan Euan Finlay Francis Frank Fraser Freddie Gareth Gary Gavin Geoff Geoffrey George Gerald Gerry Gordon Graham Grant Greg Gregory Guy Harry Harvey Hassan Henry Howard Hugh Iain Ian Imran Isaac Ivan Jack Jacob Jake James Jamie Jason Jeff Jeremy Jim Jimmy Joe Joel John Johnny Jon Jonathan Joseph Josh Joshua Julian Justin Karl Keith Kevin Kieran Kyle Lee Leon Leonard Leslie Lewis Liam Lloyd Luke Malcolm Marcus Mark Martin Matt Matthew Max Michael Mike Mohammed Muhammad Nathan Neil Nicholas Nick Nigel Noel Oliver Owen Patrick Paul Peter Phil Philip Phillip Ray Raymond Reece Richard Rick Rob Robert Robin Rod Roger Ronald Ross Roy Russell Ryan Sam Samuel Scott Sean Sebastian Shane Shaun Simon Stephen Steve Steven Stewart Stuart Terry Theo Thomas Tim Timothy Toby Tom Tommy Tony Trevor Tristan Victor Vincent Wayne William Will Zak Abdul Ahmed Ajay Akash Amir Anil Arif Asif Ashok Bilal Darius Deepak Faisal Hamza Harjit Hussain Ibrahim Jamal Jaswinder Kamal Khalid Kwame Mahmood Manish Mohamed Mohammad Mustafa Nasir Omar Pradeep Rahul Raj Rajesh Ravi Rizwan Sajid Salim Sanjay Shahid Sunil Tariq Usman Vikram Yusuf Zubair Chukwuemeka Emeka Olu Segun Tunde Kofi Kwabena Desmond Winston Lloyd Clifton Delroy Ade Aled Dafydd Gethin Rhys Huw Emlyn Cai Ciaran Declan Eoin Niall Padraig Seamus Fergus Hamish Rory Alasdair Struan Piotr Tomasz Marek Andrzej Pawel Lukasz Mateusz Jakub Krzysztof Stefan Marco Luca Giovanni Carlos Miguel Jose Antonio Pedro Juan Ahmet Mehmet Mustafa Dmitri Sergei Ivan Nikolai Graeme Ewan Lachlan Jerome Clive Cedric Rupert Giles Hugo Jasper Barnaby Crispin Felix Rufus Ralph Stanley Harold Percy Reginald Wilfred Cyril Norman Gordon Bernard Derrick Kenneth Keith Glyn Gwyn Ieuan Wyn Alec Ambrose Angus Barrie Basil Benedict Bradley Brett Bryan Carlton Cecil Clarence Clement Clifford Conrad Curtis Dale Damian Damien Darrell Dermot Dexter Dick Eamon Eamonn Edmund Edwin Elliott Emmanuel Ernest Errol Eugene Ewan Fred Gerard Gilbert Glen Glenn Godfrey Gus Hal Herbert Horace Ivor Jeffrey Jerry Jock Joey Ken Kenny Kirk Lance Laurence Lawrence Len Lenny Les Lionel Lyndon Marc Mervyn Miles Morris Murray Nat Neville Nick Norris Oscar Perry Phillip Quentin Ralf Randall Reg Rex Rhodri Ricky Robbie Rodney Ron Ronnie Rowan Rudy Sid Sidney Sol Stan Ted Teddy Terence Tobias Travis Troy Vernon Vic Wallace Walter Warren Wesley Wilf Xavier Alun Bryn Gwilym Iwan Meirion Elfed Malachy Cormac Donal Eoghan Oisin Ruairi Shay Tadhg';
const female =
	'Abbie Abigail Ada Aisha Alexandra Alice Alison Amanda Amber Amelia Amy Andrea Angela Ann Anna Anne Annette Antonia Beatrice Becky Beth Bethany Beverley Brenda Bridget Carol Caroline Carolyn Catherine Charlotte Chloe Christine Claire Clare Dawn Debbie Deborah Denise Diana Diane Donna Dorothy Eileen Elaine Eleanor Elizabeth Ella Ellie Emily Emma Erin Eve Evie Faye Fiona Florence Frances Gemma Georgia Gillian Grace Hannah Harriet Hayley Hazel Heather Helen Holly Isabel Isabella Isla Jackie Jacqueline Jade Jane Janet Janice Jasmine Jayne Jean Jennifer Jenny Jessica Jill Joan Joanna Joanne Jodie Josephine Joy Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathryn Katie Kay Kelly Kerry Kim Kirsty Laura Lauren Leah Lesley Linda Lindsay Lisa Liz Lorna Lorraine Louise Lucy Lydia Lynn Lynne Maggie Mandy Margaret Maria Marie Marion Mary Maureen Megan Melanie Mia Michelle Millie Molly Nadia Naomi Natalie Natasha Nicola Nicole Olivia Pamela Patricia Paula Pauline Penny Phoebe Poppy Priti Rachel Rebecca Rosemary Rose Ruby Ruth Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Sophie Stacey Stella Stephanie Sue Susan Suzanne Tamsin Tanya Teresa Tina Tracey Tracy Valerie Vanessa Vicky Victoria Wendy Yvonne Zoe Aaliyah Amina Anjali Asha Ayesha Bilkis Farah Fatima Habiba Hina Kiran Lakshmi Meena Nasreen Noor Parveen Pooja Rani Rekha Rubina Sabrina Saima Salma Samina Shabana Shazia Sunita Tahira Yasmin Zainab Zara Zahra Adaeze Chioma Ngozi Nkechi Folake Funmi Abena Ama Efua Yaa Ayo Bronwen Cerys Ffion Gwen Megan Nia Rhiannon Sian Siobhan Aoife Niamh Roisin Saoirse Orla Caitlin Eilidh Morag Kirsteen Agnieszka Katarzyna Magdalena Joanna Marta Ewa Alina Ioana Elena Sofia Giulia Chiara Lucia Ana Carmen Ines Isabel Leila Layla Mariam Nour Rosa Beatrix Cressida Felicity Imogen Philippa Jemima Lavinia Octavia Rosalind Sybil Ursula Agatha Edith Ethel Gladys Mabel Muriel Vera Hilary Lorraine Glenys Gwyneth Bethan Eleri Eluned Helen Charlotte Eleanor Rachel Anita Carole Cathy Cath Kath Kathy Katy Katharine Catriona Christina Cheryl Cindy Connie Danielle Daphne Delia Dionne Dolores Doreen Elsie Emilia Esther Fay Gail Geraldine Gina Glenda Gloria Harriett Hattie Heidi Hester Ingrid Irene Iris Jan Jeanette Jenna Jo Jocelyn Josie Joyce June Justine Kayleigh Keeley Kirstie Leanne Lena Lillian Lily Lindsey Lois Lola Lucinda Lyn Madeleine Mairead Marcia Margot Marianne Marina Marjorie Martha Mavis Maxine Miriam Moira Monica Nancy Nina Nora Norma Olive Patsy Peggy Petra Polly Rhona Rita Roberta Robyn Rosalie Rosie Roxanne Sadie Selina Shannon Shauna Sheena Sinead Sonia Sonya Sylvia Tabitha Tara Tessa Thelma Theresa Toni Trudy Una Verity Viv Vivien Vivienne Wilma Angie Babs Bev Jacqui Jess Jules Mel Nicky Sal Steph Trish Val Alicia Antonia Bernadette Carla Cecilia Colette Corinne Della Dominique Estelle Francesca Georgina Henrietta Jessie Joanne Juliet Kristina Lara Lorraine Louisa Lucille Marsha Melissa Mona Nikki Olga Paulette Regina Rosanna Serena Sharron Susanna Suzy Yolanda Hollie Kelsey Megan Gabrielle Patrice';

export const givenNames: ReadonlyMap<string, 'm' | 'f'> = new Map([
	...male.split(' ').map((n) => [n, 'm'] as const),
	...female.split(' ').map((n) => [n, 'f'] as const),
]);

/** Head nouns of the roles people hold in these stories. */
export const roleHeads = new Set([
	'leader',
	'mp',
	'director',
	'executive',
	'secretary',
	'member',
	'holder',
	'councillor',
	'commissioner',
	'minister',
	'mayor',
	'chair',
	'chairman',
	'chairwoman',
	'chairperson',
	'spokesman',
	'spokeswoman',
	'spokesperson',
	'head',
	'officer',
	'inspector',
	'deputy',
	'lead',
	'boss',
	'manager',
	'chief',
	'cabinet',
	'candidate',
	'governor',
	'coordinator',
	'advisor',
	'adviser',
	'convenor',
]);

/** Parties as printed, to their canonical names. Only taken where the text attaches them to a person. */
export const parties: ReadonlyArray<[RegExp, string]> = [
	[/\b(Liberal Democrats?|Lib ?Dems?|LibDems?)\b/, 'Liberal Democrat'],
	[/\b(Conservatives?|Tory|Tories)\b/, 'Conservative'],
	[/\bLabour\b/, 'Labour'],
	[/\bGreens?( Party)?\b/, 'Green'],
	[/\bIndependents?\b/, 'Independent'],
	[/\bReform( UK)?\b/, 'Reform'],
];

/** Party abbreviations printed in brackets after a name: "Cllr Jane Smith (Lab, Central)". */
export const partyAbbreviations: ReadonlyMap<string, string> = new Map([
	['lab', 'Labour'],
	['con', 'Conservative'],
	['ld', 'Liberal Democrat'],
	['lib dem', 'Liberal Democrat'],
	['libdem', 'Liberal Democrat'],
	['green', 'Green'],
	['ind', 'Independent'],
	['reform', 'Reform'],
	['reform uk', 'Reform'],
]);

export function partyOf(phrase: string): string | null {
	for (const [re, name] of parties) if (re.test(phrase)) return name;
	return null;
}

/** Verbs that report speech. Participles are kept apart because their subject is the clause's subject. */
export const speechVerbs = new Set([
	'said',
	'says',
	'added',
	'adds',
	'told',
	'tells',
	'stated',
	'states',
	'explained',
	'explains',
	'warned',
	'warns',
	'claimed',
	'claims',
	'insisted',
	'insists',
	'continued',
	'continues',
	'commented',
	'argued',
	'argues',
	'admitted',
	'admits',
	'asked',
	'replied',
	'responded',
	'wrote',
	'writes',
	'declared',
	'noted',
	'acknowledged',
	'conceded',
	'urged',
	'described',
	'describes',
	'called',
	'accused',
	'revealed',
	'confirmed',
	'stressed',
	'remarked',
	'praised',
	'branded',
	'vowed',
	'promised',
	'blasted',
	'slammed',
	'criticised',
	'highlighted',
	'concluded',
	'found',
	'announced',
	'pledged',
	'apologised',
	'say',
	'reads',
	'read',
	'concludes',
	'notes',
	'included',
	'includes',
	'cautions',
	'cautioned',
	'observes',
	'observed',
	'recommends',
	'recommended',
	'finds',
	'posted',
	'tweeted',
	// A report's own verbs: "The report highlights "a culture of optimism"".
	'highlights',
	'acknowledges',
	'praises',
	'stresses',
	'criticises',
	'outlines',
	'outlined',
	'identifies',
	'identified',
	'questioned',
	'condemned',
]);

export const speechParticiples = new Set([
	'saying',
	'adding',
	'claiming',
	'warning',
	'insisting',
	'arguing',
	'referring',
	'describing',
	'calling',
	'telling',
	'stating',
	'explaining',
	'admitting',
	'accusing',
	'branding',
	'urging',
	'noting',
	'stressing',
	'concluding',
	'finding',
]);

/**
 * The unions and charities that speak in these stories, as alternations: the mentions' patterns and "the charity
 * said" read them (the NSPCC has a pattern of its own below).
 */
export const unionNames = 'Unison|Unite|GMB|NASUWT|National Education Union|NEU|British Association of Social Workers|BASW';
export const charityNames = "Barnardo['’]s|Action for Children|The Children['’]s Society|Children['’]s Society|Coram|Become|Family Rights Group|Article 39|Kids Company|Catch22";

/**
 * Organisations that speak in these stories, by the phrases the text uses for them. Order matters: the first
 * pattern that matches at a position wins. Each has its organisation (or a $-rule of mentions.ts) and words of
 * which the lower-cased text must hold one for the pattern to match: a cheap test that spares most paragraphs
 * most patterns.
 */
/** After a party's councillors: their reporting verb. */
const partyVerb = String.raw`(?=,? (?:have |had )?(?:also |jointly )?(?:said|say|says|added|told|stated|warned|argued|claimed|insisted|wrote|explained|responded|replied)\b)`;

export const organisations: ReadonlyArray<[RegExp, string, readonly string[]]> = [
	[/\b(the )?(Ofsted|inspectors'?|inspection) (report|inspectors|inspection|team)\b/gi, 'Ofsted', ['ofsted', 'inspect']],
	[/\bOfsted\b/g, 'Ofsted', ['ofsted']],
	[/\b(the|a|its|their|this|today['’]s|yesterday['’]s|(?:this|last) (?:week|month)['’]s) (?:(?:damning|latest|new|inspection|full|final|critical|scathing|annual|first|second|original|published|\d+-page) ){0,2}report\b/gi, 'the report', ['report']],
	// "Findings identified "gaps in early help"": the report's findings speak for the report.
	[/(?:\b(?:the|its|their) )?\bfindings\b(?=,? (?:identified|highlighted|showed|revealed|noted|included)\b(?! by\b))/gi, 'the report', ['findings']],
	// "Inspectors said", "the inspectorate said": Ofsted's, or the probation inspectorate's in a youth justice story.
	[/\b(the )?inspectors\b|\b[Tt]he inspectorate\b(?! of)|\b[Tt]he (?:education |schools |children['’]s services |inspection |government |government['’]s )?watchdog\b/gi, '$inspectorate', ['inspectors', 'the inspectorate', 'watchdog']],
	[/\b(the|an|its|this|that|last|latest) (\d{4} )?(Ofsted )?inspection\b/gi, 'Ofsted', ['inspection']],
	[/\b(the|a) commissioner(['’]s report)?\b/gi, '$commissioner', ['commissioner']],
	[/\bHM Inspectorate of Probation\b/g, 'HM Inspectorate of Probation', ['hm inspectorate of probation']],
	// The department's names before 2010, as the stories of those years print them.
	[/\b(the )?Department for Children,? Schools and Families\b|\b(the )?DCSF\b/g, 'Department for Children, Schools and Families', ['department for children', 'dcsf']],
	[/\b(the )?Department for Education and Skills\b|\b(the )?DfES\b/g, 'Department for Education and Skills', ['department for education and skills', 'dfes']],
	[/\b(the )?Department for Education\b|\b(the )?DfE\b/g, 'Department for Education', ['department for education', 'dfe']],
	// National bodies that comment on a judgement, by the names newsrooms print (before "Government" takes the LGA's).
	[/\b(the )?(Local Government Association|LGA)\b/g, 'Local Government Association', ['local government association', 'lga']],
	[/\b(the )?(Association of Directors of Children['’]s Services|ADCS)\b/g, "Association of Directors of Children's Services", ['association of directors', 'adcs']],
	[/\b(the )?(Care Quality Commission|CQC)\b/g, 'Care Quality Commission', ['care quality commission', 'cqc']],
	[/\b(?:HM|Her Majesty['’]s|His Majesty['’]s) Inspectorate of Probation\b|\b(the )?(probation inspectorate|HMI Probation)\b/g, 'HM Inspectorate of Probation', ['inspectorate of probation', 'probation inspectorate', 'hmi probation']],
	[new RegExp(`\\b(?:the (?:union|trade union) )?(${unionNames}|UNISON)\\b`, 'g'), '$named', ['unison', 'unite', 'gmb', 'nasuwt', 'education union', 'neu', 'social workers', 'basw']],
	[new RegExp(`\\b(?:the (?:children['’]s )?charity )?(${charityNames})\\b`, 'g'), '$named', ['barnardo', 'action for children', 'society', 'coram', 'become', 'family rights', 'article 39', 'kids company', 'catch22']],
	// "Council officers said in the report that ...", "officers warned": the council's own staff speak for it.
	[/\b(?:[Cc]ouncil |[Tt]he council['’]s |[Ss]enior )?officers\b(?=,? (?:said|say|says|told|warned|wrote|noted|added|have said|have warned|explained))/g, 'the council', ['officers']],
	// "..., documents say.", "council papers show": the council's own reports to its meetings.
	// Not another body's: "Court documents say", "leaked Government papers say".
	[/(?<!\b(?:[Cc]ourt|[Ll]eaked|[Gg]overnment|Ofsted|DfE|[Pp]olice|NHS|[Ll]egal|[Tt]rust|[Hh]ospital|[Ss]chool|[Ii]nternal|[Ii]nquest|[Tt]ribunal)\s)\b(?:[Cc]ouncil |[Cc]abinet |[Cc]ommittee |[Mm]eeting )?(?:documents|papers)\b(?=,? (?:say|said|show|showed|state|stated|reveal|revealed|add|added|note|noted|warn|warned)\b)/g, 'the council', ['documents', 'papers']],
	// "A council statement read:", "the council's statement added:", "Council chiefs said": the council as the author.
	[/\b(?:[Aa]|[Tt]he) council(?:['’]s)? (?:statement|press release)\b|\b[Cc]ouncil (?:chiefs|bosses)\b/g, 'the council', ['council statement', "council's statement", 'council’s statement', 'council press release', "council's press release", 'council’s press release', 'council chiefs', 'council bosses']],
	// "The authority's statement read:", "the local authority's response states": the article's own council.
	[/\b[Tt]he (?:local )?authority['’]s (?:own )?(?:statement|response|press release|letter|self-assessment)\b/g, 'the council', ["authority's", 'authority’s']],
	// "In a joint statement, the council and the NHS said": the council first of the pair.
	[/\b[Tt]he (?:city |county |borough |district )?council\b(?= and (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*,? (?:said|say|says|added|stated)\b)/g, 'the council', ['council and']],
	// "The council's own self-assessment states:", "the council's improvement plan says": the council's own documents.
	[/\b[Tt]he council['’]s (?:own )?(?:self-assessment|self-evaluation|improvement plan|action plan|report|response|submission|press release|news release|letter)\b/g, 'the council', ["council's", 'council’s']],
	// "The authority said", "the local authority said in a statement": the article's own council.
	[/\b[Tt]he (?:(?:Labour|Conservative|Tory|Liberal Democrat|Lib Dem|Green|Independent|Reform)(?:[- ](?:run|led|controlled))?\s+)?(?:local )?authority\b(?=,? (said|says|added|told|stated|confirmed|explained|said in))/g, 'the council', ['authority']],
	// "A statement from the council", "on behalf of the council": the council as the author.
	// Its needs are the words before "the": a pattern that opens with a lookbehind is tried at every position.
	[/(?<=\b(?:statement|letter|spokes(?:man|woman|person)|response) (?:from|for|on behalf of) )the (?:city |county |borough |district )?council\b/g, 'the council', ['statement', 'letter', 'spokesman', 'spokeswoman', 'spokesperson', 'response'].flatMap((w) => [`${w} from`, `${w} for`, `${w} on behalf of`])],
	// "The Wirral Conservative group", "the Oxfordshire Labour Group": a party's group on a named council, as printed.
	[/\b[Tt]he ((?:[A-Z][\w’'-]+ ){1,3}(?:Conservative|Labour|Liberal Democrat|Green|Independent|Reform)(?: Party)? [Gg]roup)\b/g, '$printed-body', ['group']],
	// "The Conservative group said", "the Labour group": the party.
	[/\b[Tt]he (Conservative|Labour|Liberal Democrat|Green|Independent|Reform) (?:group|opposition|administration)\b/g, '$party-group', ['group', 'opposition', 'administration']],
	// "Conservative councillors said:", "Labour and Green councillors said": the party, as the subject of a reporting verb.
	[new RegExp(String.raw`\b(Conservative|Labour|Liberal Democrat|Green|Independent|Reform)(?: Party)? (?:group )?councillors\b${partyVerb}`, 'g'), '$party-group', ['councillors']],
	[new RegExp(String.raw`\bTory (?:group )?councillors\b${partyVerb}`, 'g'), 'Conservatives', ['tory councillors', 'tory group councillors']],
	[new RegExp(String.raw`\bLib Dem (?:group )?councillors\b${partyVerb}`, 'g'), 'Liberal Democrats', ['lib dem councillors', 'lib dem group councillors']],
	// Not "local government" (a sector) nor "the Local Government Association" (taken above).
	[/(?<!\b[Ll]ocal )\b(the )?(Government|government)\b(?! commissioner)/g, 'Government', ['government']],
	// "The director said:": the person the article named with that role (role-reference.ts).
	[roleReference, '$role', ['director', 'councillor', 'cabinet member', 'leader', 'chief executive', 'mayor', 'chair', 'headteacher', 'mp ', 'inspector']],
	// "The minister wrote": the minister the article names, if it names one (the attributor knows), else the Government.
	[/\b(the )?(Education Secretary|Secretary of State|Children's Minister|Children’s Minister|[Mm]inister)\b/g, 'the minister', ['education secretary', 'secretary of state', 'minister']],
	[/\b(the )?(Liberal Democrats|Lib Dems)\b/g, 'Liberal Democrats', ['liberal democrats', 'lib dems']],
	[/\b(the )?(Conservatives|Tories)\b/g, 'Conservatives', ['conservatives', 'tories']],
	[/\bLabour\b(?! (?:MPs?|councillors?|leaders?|group|members?|administration|party leader|council|authority)\b)(?![- ](?:run|led|controlled)\b)/g, 'Labour', ['labour']],
	[/\b(a|the) ((?:city |county |borough |district )?council|authority|town hall|county hall|civic centre)(?:['’]s)? (spokesman|spokeswoman|spokesperson)\b|\b(a|the) spokes(man|woman|person) for the (council|authority)\b/gi, 'the council', ['spokes']],
	// "A Slough Borough Council spokesperson": the organisation as printed; resolved by name in mentions.ts.
	[/\b(?:[Aa]|[Tt]he) ((?:[A-Z][\w’'-]+ )+(?:Borough |City |County |District |Metropolitan Borough )?Council) (?:spokesman|spokeswoman|spokesperson)\b|\b(?:[Aa]|[Tt]he) spokes(?:man|woman|person) for ((?:[A-Z][\w’'-]+ )+(?:Borough |City |County |District )?Council)\b/g, '$council', ['spokes']],
	// "Peterborough City Council has promised": a council named as the subject (checked against the authority list).
	[/\b((?:[A-Z][\w’'-]+ )+(?:Borough |City |County |District |Metropolitan Borough )?Council)\b(?! (leader|member|spokes))/g, '$council', ['council']],
	// "The council said:", "the city council said:": the article's own council, only as the subject of a reporting verb.
	// "The council welcomed the report, but said ...": its own verb first, then the speech verb it shares.
	// ("The Labour-run council said": the council, whichever party runs it.)
	[/\b[Tt]he (?:(?:Labour|Conservative|Tory|Liberal Democrat|Lib Dem|Green|Independent|Reform)(?:[- ](?:run|led|controlled))?\s+)?(?:city |county |borough |district |unitary )?council\b(?=,? (?:has |have |had )?(said|says|added|told|stated|confirmed|explained|warned|insisted|responded|replied|admitted|acknowledged)|,? (?:has |have |had )?(?:issued|released|made|gave|sent|published) the following\b|\s+[a-z]+ed\b[^.;:]{0,60}?,?\s+(?:but|and|yet)\s+(?:also\s+)?(?:said|says|added|insisted|warned|admitted|acknowledged|stressed)\b)/g, 'the council', ['council']],
	// "Wigan Children’s Trust", "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board": a body that runs or
	// shares a council's services, by its printed name.
	[/\b((?:[A-Z][\w’'-]+,? (?:and |of (?:the )?)?)+(?:Children['’]s )?(?:Trust|Board|Partnership))\b/g, '$named-trust', ['trust', 'board', 'partnership']],
	// "the trust said", "the integrated care board said": the body of that kind the article named last.
	// "A trust spokesman said", "a spokeswoman for the trust": the trust the article named.
	[/\b(?:[Aa]|[Tt]he) (trust|partnership) spokes(?:man|woman|person)\b/g, '$the-body', ['trust spokes', 'partnership spokes']],
	// ("a spokesman for the children's charity", "a spokeswoman for the company": the body a word or two describe.)
	[/\bspokes(?:man|woman|person) for the (?:[\w’'-]+ ){0,2}?(trust|partnership|charity|union|company|organisation)\b/g, '$the-body', ['spokesman for the', 'spokeswoman for the', 'spokesperson for the']],
	[/\b[Tt]he (charity|union)\b(?=,? (?:said|says|added|told|warned|stated))/g, '$the-body', ['the charity', 'the union']],
	[/\b[Tt]he (trust|integrated care board|board|partnership)\b/g, '$the-body', ['the trust', 'the integrated care board', 'the board', 'the partnership']],
	// "His report, published last week, said": the document speaks for whoever "his" is.
	[/\b([Hh]is|[Hh]er) (report|letter|statement|review|findings)\b/g, '$pronoun', ['his ', 'her ']],
	// "The letter reads:", "the statement added": a document speaks for whoever wrote it (the attributor knows).
	// "A statement said:": a statement as the subject of its reporting verb (quotes.ts finds its author).
	[/\b[Aa] (?:(?:brief|short|joint|written|formal) )?(statement|press release|news release)\b(?= (?:said|says|added|read|reads|stated|continued)\b)/g, '$document', ['statement', 'release']],
	[/\b[Tt]he (?:(?:monitoring|latest|new|formal|official|full|written|joint|open|short|brief|assessment|inspection|judgement|judgment|outcome|improvement|statutory|non-statutory|ministerial|warning|practice|government|draft|final|original|initial|leaked|signed|updated|\d+-page) )?(letter|statement|press release|news release|direction|email|e-mail|review|submission|memo|briefing|motion|notice|tweet)\b/g, '$document', ['letter', 'statement', 'release', 'direction', 'mail', 'review', 'submission', 'memo', 'briefing', 'motion', 'notice', 'tweet']],
	// "It continued:", "It said the council had": a document or an organisation quoted just before.
	// "Ofsted was critical of ... They said:": the inspectors, when the paragraph named them last (quotes.ts).
	[/(?<![A-Za-z])They(?= (?:said|added|wrote|warned|found|noted|concluded|continued)\b)/g, 'they', ['they said', 'they added', 'they wrote', 'they warned', 'they found', 'they noted', 'they concluded', 'they continued']],
	// ("It also adds:", "It further states:": an adverb between them.)
	[/(?<![A-Za-z])[Ii]t(?= (?:(?:also|further|then) )?(?:said|says|added|adds|continued|continues|reads|read|states|stated|concluded|concludes|noted|notes|warned|warns|found|finds|went on|goes on)\b)/g, 'it', ['it said', 'it says', 'it added', 'it adds', 'it continue', 'it read', 'it state', 'it conclude', 'it note', 'it warn', 'it found', 'it finds', 'it went on', 'it goes on', 'it also ', 'it further ', 'it then ']],
	[/\b(the )?NSPCC\b/g, 'NSPCC', ['nspcc']],
	// "A Home Office spokesperson", "a spokesman for the Children’s Commissioner for England": any other body, as printed;
	// "a spokesperson for Leeds": the council of the place named (mentions.ts checks it against the authority list);
	// "a spokesperson for University Hospitals of Derby and Burton NHS Foundation Trust", "for the Oxfordshire Liberal
	// Democrat group": the whole name.
	[/\b(?:[Aa]n?|[Tt]he) ((?:[A-Z][\w’'-]+ )*[A-Z][\w’'-]+) spokes(?:man|woman|person)\b|\bspokes(?:man|woman|person) for (?:the )?((?:[A-Z][\w’'-]+ )*[A-Z][\w’'-]+(?: (?:of|and|for|on|in) (?:the )?(?:[A-Z][\w’'-]+ )*[A-Z][\w’'-]+)*(?: group\b)?)/g, '$printed-body', ['spokes']],
	// "The spokeswoman said:", "A spokesman added": the organisation whose spokesperson the article named, else the council.
	[/\b(?:[Tt]he|[Aa]) spokes(?:man|woman|person)\b(?! for\b)/g, 'the spokesperson', ['spokes']],
];

/** Rating words: single-quoted they are the judgement, not a quotation. */
export const ratingWords: ReadonlyMap<string, 'outstanding' | 'good' | 'requires improvement' | 'adequate' | 'inadequate'> = new Map([
	['outstanding', 'outstanding'],
	['good', 'good'],
	['requires improvement', 'requires improvement'],
	['requires improvement to be good', 'requires improvement'],
	['require improvement', 'requires improvement'],
	['require improvement to be good', 'requires improvement'],
	['widespread and/or systemic failings', 'inadequate'],
	['widespread and systemic failings', 'inadequate'],
	['inadequate', 'inadequate'],
]);

/** Other one- or two-word verdicts that papers put in scare quotes; never quotations on their own. */
export const verdictWords = new Set(['satisfactory', 'failing', 'adequate', 'poor', 'no', 'yes', 'good', 'outstanding', 'inadequate']);
