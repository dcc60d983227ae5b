/**
 * The English local authorities with children's services duties, as Ofsted inspects them.
 *
 * Generated once from ../shared/ofsted_ilacs/Provider_data_lookup.csv (Ofsted URN, DfE LA number, ONS code) and
 * then kept by hand: the short forms are how local papers write the names, which no official list records.
 * test/authorities.test.ts checks the codes against that CSV, so a boundary change shows up there.
 */

/** How much context a name needs before a mention of it counts. */
export type MentionNeed =
	/** The bare name counts (the default). */
	| 'always'
	/** The name is also a common word, surname or other place: it counts with "Council" or a place preposition. */
	| 'context'
	/** The name usually means something else (Westminster is Parliament): only the council's own name counts. */
	| 'council';

/** One authority: its codes and the forms of its name that identify it in news text. */
export type AuthorityRecord = {
	/** Canonical name, as the store, the gold annotations and the command line print it. */
	readonly name: string;
	/** ONS GSS code (E06/E08/E09/E10). */
	readonly onsCode: string;
	/** DfE local authority number. */
	readonly laCode: number;
	/** Ofsted unique reference number of the authority's children's services. */
	readonly urn: number;
	/** Abolished or merged: kept so that older reports and articles still resolve. */
	readonly legacy?: true;
	/** How much context the canonical name itself needs; short and guarded forms follow their own lists. */
	readonly need?: MentionNeed;
	/** Short forms that count on their own, like the canonical name. */
	readonly short?: readonly string[];
	/** Short forms that count only with context (see `MentionNeed`). */
	readonly guarded?: readonly string[];
	/** Longer phrases that contain a form of the name but mean another place ("New York"). */
	readonly exclude?: readonly string[];
};

/** All authorities, one a line, sorted by canonical name; the three legacy ones are flagged. */
export const authorityRecords: readonly AuthorityRecord[] = [
	{name: 'Barking and Dagenham', onsCode: 'E09000002', laCode: 301, urn: 80486, short: ['LBBD']},
	{name: 'Barnet', onsCode: 'E09000003', laCode: 302, urn: 80487},
	{name: 'Barnsley', onsCode: 'E08000038', laCode: 370, urn: 80426},
	{name: 'Bath and North East Somerset', onsCode: 'E06000022', laCode: 800, urn: 80427, short: ['BANES', 'B&NES', 'BaNES'], guarded: ['Bath']},
	{name: 'Bedford', onsCode: 'E06000055', laCode: 822, urn: 80428, short: ['Bedford Borough']},
	{name: 'Bexley', onsCode: 'E09000004', laCode: 303, urn: 80488},
	{name: 'Birmingham', onsCode: 'E08000025', laCode: 330, urn: 80429},
	{name: 'Blackburn with Darwen', onsCode: 'E06000008', laCode: 889, urn: 80430, guarded: ['Blackburn']},
	{name: 'Blackpool', onsCode: 'E06000009', laCode: 890, urn: 80431},
	{name: 'Bolton', onsCode: 'E08000001', laCode: 350, urn: 80432},
	{name: 'Bournemouth, Christchurch and Poole', onsCode: 'E06000058', laCode: 839, urn: 2532287, short: ['BCP']},
	{name: 'Bracknell Forest', onsCode: 'E06000036', laCode: 867, urn: 80436, short: ['Bracknell']},
	{name: 'Bradford', onsCode: 'E08000032', laCode: 380, urn: 80449},
	{name: 'Brent', onsCode: 'E09000005', laCode: 304, urn: 80489},
	{name: 'Brighton and Hove', onsCode: 'E06000043', laCode: 846, urn: 80438, short: ['Brighton']},
	{name: 'Bristol', onsCode: 'E06000023', laCode: 801, urn: 80441},
	{name: 'Bromley', onsCode: 'E09000006', laCode: 305, urn: 80490},
	{name: 'Buckinghamshire', onsCode: 'E06000060', laCode: 825, urn: 80442, short: ['Bucks']},
	{name: 'Bury', onsCode: 'E08000002', laCode: 351, urn: 80443, need: 'context', exclude: ['Bury St Edmunds']},
	{name: 'Calderdale', onsCode: 'E08000033', laCode: 381, urn: 80444},
	{name: 'Cambridgeshire', onsCode: 'E10000003', laCode: 873, urn: 80445, short: ['Cambs']},
	{name: 'Camden', onsCode: 'E09000007', laCode: 202, urn: 80491},
	{name: 'Central Bedfordshire', onsCode: 'E06000056', laCode: 823, urn: 80446, short: ['Central Beds']},
	{name: 'Cheshire East', onsCode: 'E06000049', laCode: 895, urn: 80447},
	{name: 'Cheshire West and Chester', onsCode: 'E06000050', laCode: 896, urn: 80448, short: ['Cheshire West', 'CWAC']},
	{name: 'City of London', onsCode: 'E09000001', laCode: 201, urn: 80450, short: ['City of London Corporation', 'London Corporation', 'Corporation of London']},
	{name: 'Cornwall', onsCode: 'E06000052', laCode: 908, urn: 80454},
	{name: 'Coventry', onsCode: 'E08000026', laCode: 331, urn: 80456},
	{name: 'Croydon', onsCode: 'E09000008', laCode: 306, urn: 80492},
	{name: 'Cumberland', onsCode: 'E06000063', laCode: 942, urn: 2733690},
	{name: 'Cumbria', onsCode: 'E10000006', laCode: 909, urn: 135513, legacy: true},
	{name: 'Darlington', onsCode: 'E06000005', laCode: 841, urn: 80458},
	{name: 'Derby', onsCode: 'E06000015', laCode: 831, urn: 80459},
	{name: 'Derbyshire', onsCode: 'E10000007', laCode: 830, urn: 80460},
	{name: 'Devon', onsCode: 'E10000008', laCode: 878, urn: 80461},
	{name: 'Doncaster', onsCode: 'E08000017', laCode: 371, urn: 80462},
	{name: 'Dorset', onsCode: 'E06000059', laCode: 838, urn: 2532283},
	{name: 'Dudley', onsCode: 'E08000027', laCode: 332, urn: 80464},
	{name: 'Durham', onsCode: 'E06000047', laCode: 840, urn: 80465, short: ['County Durham']},
	{name: 'Ealing', onsCode: 'E09000009', laCode: 307, urn: 80493},
	{name: 'East Riding of Yorkshire', onsCode: 'E06000011', laCode: 811, urn: 80466, short: ['East Riding', 'East Yorkshire', 'ERYC']},
	{name: 'East Sussex', onsCode: 'E10000011', laCode: 845, urn: 80467},
	{name: 'Enfield', onsCode: 'E09000010', laCode: 308, urn: 80494},
	{name: 'Essex', onsCode: 'E10000012', laCode: 881, urn: 80468},
	{name: 'Gateshead', onsCode: 'E08000037', laCode: 390, urn: 80469},
	{name: 'Gloucestershire', onsCode: 'E10000013', laCode: 916, urn: 80470},
	{name: 'Greenwich', onsCode: 'E09000011', laCode: 203, urn: 80495},
	{name: 'Hackney', onsCode: 'E09000012', laCode: 204, urn: 80496},
	{name: 'Halton', onsCode: 'E06000006', laCode: 876, urn: 80471, need: 'context'},
	{name: 'Hammersmith and Fulham', onsCode: 'E09000013', laCode: 205, urn: 80497, short: ['LBHF']},
	{name: 'Hampshire', onsCode: 'E10000014', laCode: 850, urn: 80472, short: ['Hants']},
	{name: 'Haringey', onsCode: 'E09000014', laCode: 309, urn: 80498},
	{name: 'Harrow', onsCode: 'E09000015', laCode: 310, urn: 80499},
	{name: 'Hartlepool', onsCode: 'E06000001', laCode: 805, urn: 80473},
	{name: 'Havering', onsCode: 'E09000016', laCode: 311, urn: 80500},
	{name: 'Herefordshire', onsCode: 'E06000019', laCode: 884, urn: 80474},
	{name: 'Hertfordshire', onsCode: 'E10000015', laCode: 919, urn: 80475, short: ['Herts']},
	{name: 'Hillingdon', onsCode: 'E09000017', laCode: 312, urn: 80501},
	{name: 'Hounslow', onsCode: 'E09000018', laCode: 313, urn: 80503},
	{name: 'Isle of Wight', onsCode: 'E06000046', laCode: 921, urn: 80419},
	{name: 'Isles of Scilly', onsCode: 'E06000053', laCode: 420, urn: 80455, short: ['Scilly']},
	{name: 'Islington', onsCode: 'E09000019', laCode: 206, urn: 80505},
	{name: 'Kensington and Chelsea', onsCode: 'E09000020', laCode: 207, urn: 80544, short: ['RBKC']},
	{name: 'Kent', onsCode: 'E10000016', laCode: 886, urn: 80476},
	{name: 'Kingston upon Hull', onsCode: 'E06000010', laCode: 810, urn: 80477, short: ['Hull']},
	{name: 'Kingston upon Thames', onsCode: 'E09000021', laCode: 314, urn: 80545, guarded: ['Kingston']},
	{name: 'Kirklees', onsCode: 'E08000034', laCode: 382, urn: 80478},
	{name: 'Knowsley', onsCode: 'E08000011', laCode: 340, urn: 80479},
	{name: 'Lambeth', onsCode: 'E09000022', laCode: 208, urn: 80506},
	{name: 'Lancashire', onsCode: 'E10000017', laCode: 888, urn: 80480, short: ['Lancs']},
	{name: 'Leeds', onsCode: 'E08000035', laCode: 383, urn: 80481},
	{name: 'Leicester', onsCode: 'E06000016', laCode: 856, urn: 80482},
	{name: 'Leicestershire', onsCode: 'E10000018', laCode: 855, urn: 80483, short: ['Leics']},
	{name: 'Lewisham', onsCode: 'E09000023', laCode: 209, urn: 80508},
	{name: 'Lincolnshire', onsCode: 'E10000019', laCode: 925, urn: 80484, short: ['Lincs']},
	{name: 'Liverpool', onsCode: 'E08000012', laCode: 341, urn: 80485},
	{name: 'Luton', onsCode: 'E06000032', laCode: 821, urn: 80520},
	{name: 'Manchester', onsCode: 'E08000003', laCode: 352, urn: 80521, exclude: ['Greater Manchester']},
	{name: 'Medway', onsCode: 'E06000035', laCode: 887, urn: 80522},
	{name: 'Merton', onsCode: 'E09000024', laCode: 315, urn: 80510},
	{name: 'Middlesbrough', onsCode: 'E06000002', laCode: 806, urn: 80523},
	{name: 'Milton Keynes', onsCode: 'E06000042', laCode: 826, urn: 80524},
	{name: 'Newcastle upon Tyne', onsCode: 'E08000021', laCode: 391, urn: 80525, short: ['Newcastle'], exclude: ['Newcastle-under-Lyme']},
	{name: 'Newham', onsCode: 'E09000025', laCode: 316, urn: 80511},
	{name: 'Norfolk', onsCode: 'E10000020', laCode: 926, urn: 80418},
	{name: 'North East Lincolnshire', onsCode: 'E06000012', laCode: 812, urn: 80526, short: ['NE Lincolnshire', 'North East Lincs', 'NE Lincs', 'N E Lincs', 'NELC']},
	{name: 'North Lincolnshire', onsCode: 'E06000013', laCode: 813, urn: 80527, short: ['North Lincs', 'N Lincs']},
	{name: 'North Northamptonshire', onsCode: 'E06000061', laCode: 940, urn: 2637539, short: ['North Northants']},
	{name: 'North Somerset', onsCode: 'E06000024', laCode: 802, urn: 80528},
	{name: 'North Tyneside', onsCode: 'E08000022', laCode: 392, urn: 80529},
	{name: 'North Yorkshire', onsCode: 'E06000065', laCode: 815, urn: 80530, short: ['North Yorks']},
	{name: 'Northamptonshire', onsCode: 'E10000021', laCode: 928, urn: 121939, legacy: true, short: ['Northants']},
	{name: 'Northumberland', onsCode: 'E06000057', laCode: 929, urn: 80532},
	{name: 'Nottingham', onsCode: 'E06000018', laCode: 892, urn: 80533},
	{name: 'Nottinghamshire', onsCode: 'E10000024', laCode: 891, urn: 80534, short: ['Notts']},
	{name: 'Oldham', onsCode: 'E08000004', laCode: 353, urn: 80535},
	{name: 'Oxfordshire', onsCode: 'E10000025', laCode: 931, urn: 80536, short: ['Oxon']},
	{name: 'Peterborough', onsCode: 'E06000031', laCode: 874, urn: 80537},
	{name: 'Plymouth', onsCode: 'E06000026', laCode: 879, urn: 80538},
	{name: 'Poole', onsCode: 'E06000029', laCode: 836, urn: 137316, legacy: true},
	{name: 'Portsmouth', onsCode: 'E06000044', laCode: 851, urn: 80539},
	{name: 'Reading', onsCode: 'E06000038', laCode: 870, urn: 80540, need: 'context'},
	{name: 'Redbridge', onsCode: 'E09000026', laCode: 317, urn: 80512},
	{name: 'Redcar and Cleveland', onsCode: 'E06000003', laCode: 807, urn: 80541, short: ['Redcar']},
	{name: 'Richmond upon Thames', onsCode: 'E09000027', laCode: 318, urn: 80513, guarded: ['Richmond']},
	{name: 'Rochdale', onsCode: 'E08000005', laCode: 354, urn: 80542},
	{name: 'Rotherham', onsCode: 'E08000018', laCode: 372, urn: 80543},
	{name: 'Rutland', onsCode: 'E06000017', laCode: 857, urn: 80547},
	{name: 'Salford', onsCode: 'E08000006', laCode: 355, urn: 80548},
	{name: 'Sandwell', onsCode: 'E08000028', laCode: 333, urn: 80549},
	{name: 'Sefton', onsCode: 'E08000014', laCode: 343, urn: 80550},
	{name: 'Sheffield', onsCode: 'E08000039', laCode: 373, urn: 80551},
	{name: 'Shropshire', onsCode: 'E06000051', laCode: 893, urn: 80552},
	{name: 'Slough', onsCode: 'E06000039', laCode: 871, urn: 80553},
	{name: 'Solihull', onsCode: 'E08000029', laCode: 334, urn: 80554},
	{name: 'Somerset', onsCode: 'E06000066', laCode: 933, urn: 80555},
	{name: 'South Gloucestershire', onsCode: 'E06000025', laCode: 803, urn: 80556, short: ['South Glos']},
	{name: 'South Tyneside', onsCode: 'E08000023', laCode: 393, urn: 80557},
	{name: 'Southampton', onsCode: 'E06000045', laCode: 852, urn: 80558},
	{name: 'Southend-on-Sea', onsCode: 'E06000033', laCode: 882, urn: 80559, short: ['Southend']},
	{name: 'Southwark', onsCode: 'E09000028', laCode: 210, urn: 80514},
	{name: 'St Helens', onsCode: 'E08000013', laCode: 342, urn: 80560, short: ['Saint Helens']},
	{name: 'Staffordshire', onsCode: 'E10000028', laCode: 860, urn: 80561, short: ['Staffs']},
	{name: 'Stockport', onsCode: 'E08000007', laCode: 356, urn: 80562},
	{name: 'Stockton-on-Tees', onsCode: 'E06000004', laCode: 808, urn: 80563, short: ['Stockton']},
	{name: 'Stoke-on-Trent', onsCode: 'E06000021', laCode: 861, urn: 80564, guarded: ['Stoke']},
	{name: 'Suffolk', onsCode: 'E10000029', laCode: 935, urn: 80565},
	{name: 'Sunderland', onsCode: 'E08000024', laCode: 394, urn: 80566},
	{name: 'Surrey', onsCode: 'E10000030', laCode: 936, urn: 80567},
	{name: 'Sutton', onsCode: 'E09000029', laCode: 319, urn: 80515, need: 'context', exclude: ['Sutton Coldfield', 'Sutton-in-Ashfield']},
	{name: 'Swindon', onsCode: 'E06000030', laCode: 866, urn: 80568},
	{name: 'Tameside', onsCode: 'E08000008', laCode: 357, urn: 80569},
	{name: 'Telford and Wrekin', onsCode: 'E06000020', laCode: 894, urn: 80570, short: ['Telford']},
	{name: 'Thurrock', onsCode: 'E06000034', laCode: 883, urn: 80571},
	{name: 'Torbay', onsCode: 'E06000027', laCode: 880, urn: 80572},
	{name: 'Tower Hamlets', onsCode: 'E09000030', laCode: 211, urn: 80516},
	{name: 'Trafford', onsCode: 'E08000009', laCode: 358, urn: 80573},
	{name: 'Wakefield', onsCode: 'E08000036', laCode: 384, urn: 80451},
	{name: 'Walsall', onsCode: 'E08000030', laCode: 335, urn: 80574},
	{name: 'Waltham Forest', onsCode: 'E09000031', laCode: 320, urn: 80517},
	{name: 'Wandsworth', onsCode: 'E09000032', laCode: 212, urn: 80518},
	{name: 'Warrington', onsCode: 'E06000007', laCode: 877, urn: 80575},
	{name: 'Warwickshire', onsCode: 'E10000031', laCode: 937, urn: 80576},
	{name: 'West Berkshire', onsCode: 'E06000037', laCode: 869, urn: 80577, short: ['West Berks']},
	{name: 'West Northamptonshire', onsCode: 'E06000062', laCode: 941, urn: 2637548, short: ['West Northants']},
	{name: 'West Sussex', onsCode: 'E10000032', laCode: 938, urn: 80578},
	{name: 'Westminster', onsCode: 'E09000033', laCode: 213, urn: 80519, need: 'council'},
	{name: 'Westmorland and Furness', onsCode: 'E06000064', laCode: 943, urn: 2733698},
	{name: 'Wigan', onsCode: 'E08000010', laCode: 359, urn: 80579},
	{name: 'Wiltshire', onsCode: 'E06000054', laCode: 865, urn: 80580, short: ['Wilts']},
	{name: 'Windsor and Maidenhead', onsCode: 'E06000040', laCode: 868, urn: 80546, short: ['RBWM']},
	{name: 'Wirral', onsCode: 'E08000015', laCode: 344, urn: 80581},
	{name: 'Wokingham', onsCode: 'E06000041', laCode: 872, urn: 80582},
	{name: 'Wolverhampton', onsCode: 'E08000031', laCode: 336, urn: 80583},
	{name: 'Worcestershire', onsCode: 'E10000034', laCode: 885, urn: 80584, short: ['Worcs']},
	{name: 'York', onsCode: 'E06000014', laCode: 816, urn: 80453, exclude: ['New York', 'North York']},
];
