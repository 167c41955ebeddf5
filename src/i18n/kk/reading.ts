// Kazakh: reading files as they come (mirrors ../en/reading.ts). Wording wants a native reviewer.
import type { reading as en } from '../en/reading';
import type { KazakhPlural, Localized } from '../localized';

const both = (text: string): Readonly<Record<KazakhPlural, string>> => ({ one: text, other: text });

export const reading: Localized<typeof en, KazakhPlural> = {
  'upload.kind.indicators': 'Көрсеткіштер (елдер бойынша басқа кез келген сан)', // review
  'loadIssue.kind.indicators': 'көрсеткіштер',
  'loadIssue.binary.xlsx': 'Excel кітабы',
  'loadIssue.binary.xls': 'ескі Excel кітабы (.xls)',
  'loadIssue.binary.parquet': 'Parquet файлы',
  'loadIssue.binary.pdf': 'PDF құжаты',
  'loadIssue.binary.zip': 'zip мұрағаты',
  'loadIssue.binary.gzip': 'gzip мұрағаты',
  'loadIssue.binary.image': 'сурет',
  'loadIssue.binary.ods': 'OpenDocument кестесі',
  'loadIssue.binary.docx': 'Word құжаты', // review
  'loadIssue.binary.pptx': 'PowerPoint презентациясы', // review
  'loadIssue.binary.encrypted': 'құпиясөзбен қорғалған кітап', // review
  'loadIssue.binary_file': 'Бұл CSV файлы емес, {what} сияқты. Кестені CSV ретінде экспорттап, соны жүктеңіз.', // review
  'loadIssue.binary_file.readable': 'Бұл CSV файлы емес, {what} сияқты. Оны жүктеу батырмасымен ашыңыз, ол мұндай файлдарды тікелей оқиды.', // review
  'loadIssue.binary_file.spreadsheet': 'Бұл CSV файлы емес, {what} сияқты. Оны Excel кітабы (.xlsx) немесе CSV ретінде сақтап, соны жүктеңіз.', // review
  'loadIssue.unknown_sheet': 'Кітапта «{sheet}» деген парақ жоқ. Оның парақтары: {sheets}.', // review
  'loadIssue.unreadable_workbook': 'Бұл Excel кітабын оқу мүмкін болмады: ол бүлінген немесе толық сақталмаған болуы мүмкін. Оны Excel-де ашып, .xlsx ретінде қайта сақтаңыз да, соны жүктеңіз.', // review
  'loadIssue.encrypted_workbook':
    'Бұл кітап құпиясөзбен қорғалған, сондықтан оны оқу мүмкін емес. Оны Excel-де ашып, құпиясөзді алып тастаңыз (Файл > Мәліметтер > Кітапты қорғау), сақтап, қайта жүктеңіз.', // review
  'loadIssue.assumed_perspective': 'perspective бағаны жоқ: әр жол еріктілер қызмет ететін жерде есептелді. Файл оларды азаматтығы бойынша санаса, сәйкестендіруде өзгертіңіз.', // review
  'loadIssue.assumed_type': 'type бағаны жоқ: әр сан БҰҰ ұлттық және халықаралық еріктілерінің жиыны ретінде оқылды. Сандар бір түрге қатысты болса, сәйкестендіруде өзгертіңіз.', // review
  'loadIssue.assumed_indicator': 'indicator бағаны жоқ: сандар өз бағанының атымен «{name}» деп аталды. Сәйкестендіруде өзгертіңіз.', // review
  'loadIssue.assumed_indicator.file': 'indicator бағаны жоқ: сандар файл атымен «{name}» деп аталды. Сәйкестендіруде өзгертіңіз.', // review
  'loadIssue.assumed_unit': 'unit бағаны жоқ: өлшем бірлігі «{unit}» деп алынды. Басқа болса, сәйкестендіруде өзгертіңіз.', // review
  'loadIssue.year_as_date': '«{column}» бағаны әр санның күні ретінде оқылды (жыл да күн болып саналады).', // review
  'loadIssue.total_row': '{line}-жол — жиынтық жол («{value}»); ол ел ретінде жүктелмеді (қолданба сандарды өзі қосады).', // review
  'loadIssue.preamble_lines': 'Тақырып жолының үстіндегі {first}–{last} жолдар — атаулар немесе ескертпелер, олар жүктелмеді: {lines}.', // review
  'loadIssue.trailer_lines': 'Деректердің астындағы {first}–{last} жолдар ескертпелерге немесе сілтемелер кестесіне ұқсайды және жүктелмеді: {lines}.', // review
  'loadIssue.ignored_column': '«{column}» бағаны оқылмайды. Онда дерек болса, сәйкестендіруде оған өріс таңдаңыз.', // review
  'loadIssue.invalid_mapping': '«{column}» бағаны «{field}» ретінде оқылады, бірақ «{kind}» деректерінде ондай өріс жоқ. Сәйкестендіруде басқа өріс таңдаңыз.', // review
  'loadIssue.mapping_mismatch': '{line}-жол сәйкестендіру жасалған тақырып жолы емес ({columns}). Сәйкестендіруді тастап, қайта көріңіз.', // review
  'loadIssue.invalid_number': '«{value}» — сан емес; 12.5 сияқты цифрлар жазыңыз немесе сан болмаса, ұяшықты бос қалдырыңыз.', // review
  'loadIssue.invalid_unit': '«{value}» — {canonical} бағанына жарамсыз мән; count, percent, per_1000 немесе other мәнін жазыңыз.',
  'reading.title': 'Бағандар қалай оқылады', // review
  'reading.headerLine': 'Тақырып жолы: {line}-жол.', // review
  'reading.sheet': 'Парақ: {name}',
  'reading.sheet.choose': 'Басқа парақты оқу', // review
  'reading.sheet.apply': 'Осы парақты оқу', // review
  'reading.kind': 'Деректер түрі',
  'reading.column': 'Файлдағы баған',
  'reading.readAs': 'Қалай оқылады', // review
  'reading.use.ignore': 'оқылмайды',
  'reading.use.field': '{field}',
  'reading.use.alt': '{field} (код бос болғанда)', // review
  'reading.use.year': '{year} жылғы сандар',
  'reading.use.type': '{type} саны', // review
  'reading.use.country': 'ел, {perspective} бойынша есеп', // review
  'reading.sentence': '{column} → {use}',
  'reading.constants': 'Барлық жолға бір мән (файлда жоқ өрістер)', // review
  'reading.constant.none': 'берілмеген',
  'reading.apply': 'Осы сәйкестендірумен қайта оқу', // review
  'reading.reset': 'Бұл сәйкестендіруді ұмыту', // review
  'reading.remembered': 'Бұл сәйкестендіру дәл сондай бағандары бар бұрынғы файлдан сақталған.', // review
  'reading.shape.long': both('Әр жолға бір сан.'),
  'reading.shape.wide_year': both('Жылдар бағандарда: {records} жолдан {figures} сан алынды.'), // review
  'reading.shape.wide_type': both('Түрлер бағандарда: {records} жолдан {figures} сан алынды.'), // review
  'reading.shape.microdata': both('Әр еріктіге бір жол: {records} жол {figures} санға жинақталды.'), // review
  'reading.report.figures': 'Алынған сандар', // review
  'reading.report.skipped': 'Деректер емес жолдар', // review
};
