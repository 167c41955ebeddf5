// Kazakh sentences for problems found inside a loaded file (mirrors ../en/loadIssue.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { loadIssue as en } from '../en/loadIssue';
import type { KazakhPlural, Localized } from '../localized';

export const loadIssue: Localized<typeof en, KazakhPlural> = {
  'loadIssue.invalid_encoding':
    'Файл дұрыс UTF-8 кодтауында емес: {line}-жолда UTF-8 мәтіні емес байт бар (ығысуы {offset}). Файлды «CSV UTF-8» пішімінде сақтаңыз немесе файл ескі электрондық кесте бағдарламасында жасалса, windows-1252 кодтауын таңдаңыз.', // review
  'loadIssue.invalid_encoding.utf16': 'Файл {encoding} кодтауына ұқсайды, бірақ онда жарамсыз таңбалар бар. Оны UTF-8 кодтауында қайта сақтаңыз.',
  'loadIssue.file_too_large': 'Файлдың өлшемі — {size}; {maxSize} дейінгі файлдарды жүктеуге болады. Файлды бөліңіз немесе қажет емес бағандарды жойыңыз.', // review
  'loadIssue.size.bytes': { one: '{count} байт', other: '{count} байт' },
  'loadIssue.size.mb': '{mb} МБ',
  'loadIssue.empty_file': 'Файл бос: онда тақырып жолы да, деректер де жоқ.',
  'loadIssue.unknown_kind': 'Тақырыптар ({columns}) ешбір деректер түріне сәйкес келмейді. Әр түрге мына бағандар қажет: {kinds}.',
  'loadIssue.kind.events': 'іс-шаралар',
  'loadIssue.kind.delegates': 'делегаттар',
  'loadIssue.kind.placements': 'тағайындаулар', // review
  'loadIssue.kind.organizations': 'ұйымдар',
  'loadIssue.missing_column':
    '«{kind}» түріндегі файлда «{column}» бағаны болуы керек, ал бұл файлда ол жоқ. Бағанды қосыңыз немесе осы деректер тұрған бағанның атын өзгертіңіз.', // review
  'loadIssue.duplicate_column': '«{other}» және «{column}» бағандарының аты бірдей. Олардың біреуін қалдырыңыз.',
  'loadIssue.duplicate_column.canonical': '«{other}» және «{column}» бағандарының екеуі де «{canonical}» дегенді білдіреді. Олардың біреуін қалдырыңыз.',
  'loadIssue.forbidden_column': '«{column}» деген баған атауына рұқсат етілмейді. Бағанның атын өзгертіңіз.',
  'loadIssue.no_rows': 'Бірде-бір жол жүктелмеді: әр жолда осы есепте көрсетілген мәселе бар.',
  'loadIssue.no_rows.empty': 'Файлда тақырып бар, бірақ деректер жолдары жоқ.',
  'loadIssue.more_issues': {
    one: 'Тағы {count} мәселе табылды, бірақ ол тізімде көрсетілмеген. Жоғарыдағы мәселелерді түзетіп, файлды қайта жүктеңіз.',
    other: 'Тағы {count} мәселе табылды, бірақ олар тізімде көрсетілмеген. Жоғарыдағы мәселелерді түзетіп, файлды қайта жүктеңіз.',
  },
  'loadIssue.unknown_column': '«{column}» бағаны «{kind}» деректер жиынына жатпайды; оның ұяшықтары ескерілмеді.', // review
  'loadIssue.unnamed_column': '{index}-бағанның тақырыбы жоқ; оның ұяшықтары ескерілмеді.', // review
  'loadIssue.ragged_row':
    'Бұл жолдағы ұяшықтар саны: {fields}, ал тақырыпта: {expected}. Бөлгіштің жетіспейтінін немесе артық екенін тексеріңіз не бөлгіші бар ұяшықтарды тырнақшаға алыңыз.', // review
  'loadIssue.unclosed_quote':
    'Осы жолда басталған тырнақшадағы ұяшық жабылмаған, сондықтан файлдың қалған бөлігі бір ұяшық ретінде оқылды. Жетіспейтін жабу тырнақшасын (") қосыңыз.', // review
  'loadIssue.invalid_quotes':
    'Осы жолдағы тырнақшадағы ұяшықта жабу тырнақшасынан кейін мәтін бар. Тырнақшадағы ұяшықтың ішінде тырнақшаны екі рет жазыңыз ("").', // review
  'loadIssue.missing_value': '{column} ұяшығы бос, бірақ ол әр жолда толтырылуы керек.',
  'loadIssue.unknown_country': 'Белгісіз ел: «{value}». KAZ сияқты ISO 3166 кодын немесе елдің атауын жазыңыз.',
  'loadIssue.unknown_country.suggestion': 'Белгісіз ел: «{value}». «{suggestion}» деп жазғыңыз келді ме?',
  'loadIssue.invalid_count':
    '«{value}» — сан емес. 1234 сияқты бүтін сан жазыңыз, ал "at least" немесе "about" сөздерін qualifier бағанына жазыңыз.',
  'loadIssue.invalid_count.not_a_number': '«{value}» — сан емес. Бүтін сан жазыңыз немесе көрсеткіш жоқ болса, ұяшықты бос қалдырыңыз.',
  'loadIssue.negative_count': '«{value}» — теріс сан; сан нөлден кем бола алмайды.',
  'loadIssue.fractional_count':
    '«{value}» — бүтін сан емес (бұл файлда ондық бөлгіш — «.»; мыңдықтарды 1234 немесе "1,234" түрінде жазыңыз). Сандар бүтін болуы керек.', // review
  'loadIssue.fractional_count.decimalComma':
    '«{value}» — бүтін сан емес (нүктелі үтірмен бөлінген файлда ондық бөлгіш — «,», ал «.» мыңдықтарды бөледі). Сандар бүтін болуы керек.', // review
  'loadIssue.count_too_large': '«{value}» саны 2^53-тен (9007199254740992) үлкен, сондықтан оны дәл сақтау мүмкін емес.',
  'loadIssue.ambiguous_number': '«{value}» ішінде мыңдық бөлгіштер күтпеген жерде тұр; цифрларды үш-үштен топтаңыз, мысалы, 1,234,567.', // review
  'loadIssue.invalid_year': '«{value}» — жыл емес; 2023 сияқты төрт цифр жазыңыз.',
  'loadIssue.year_out_of_range': '«{value}» 1900–2100 жылдар аралығынан тыс.',
  'loadIssue.invalid_date': '«{value}» — күн емес; YYYY, YYYY-MM немесе YYYY-MM-DD түрінде жазыңыз.',
  'loadIssue.impossible_date': '«{value}» — 1900 және 2100 жылдар аралығындағы нақты күн емес.',
  'loadIssue.invalid_goal': '«{value}» — ТДМ тізімі емес; 1-ден 17-ге дейінгі нөмірлерді "|" арқылы жазыңыз, мысалы, 4|5.',
  'loadIssue.goal_out_of_range': '«{value}» 1–17 аралығынан тыс мақсатты көрсетеді.',
  'loadIssue.invalid_qualifier':
    '«{value}» — {canonical} бағанына жарамсыз мән; exact, at_least ("at least", "more than", ">") немесе approx ("about", "approximately", "~", "almost") мәнін жазыңыз; exact үшін ұяшықты бос қалдырыңыз.',
  'loadIssue.invalid_status': '«{value}» — {canonical} бағанына жарамсыз мән; reported, derived немесе illustrative мәнін жазыңыз.',
  'loadIssue.invalid_perspective': '«{value}» — {canonical} бағанына жарамсыз мән; duty_station немесе nationality мәнін жазыңыз.',
  'loadIssue.invalid_type': '«{value}» — {canonical} бағанына жарамсыз мән; national, international немесе total мәнін жазыңыз.',
  'loadIssue.invalid_value': '«{value}» — {canonical} бағанына жарамсыз мән; басқа мән жазыңыз.',
  'loadIssue.end_before_start': 'Аяқталу күні «{end}» басталу күнінен «{start}» ерте.',
  'loadIssue.duplicate_row': '{line}-жол {earlierLine}-жолды толық қайталайды ({key}); ол бір рет есептелді.',
  'loadIssue.conflicting_row':
    '{line}-жолдың кілті {earlierLine}-жолдың кілтімен бірдей ({key}), бірақ мәндері басқа; {line}-жол жүктелмеді. Олардың біреуін қалдырыңыз.', // review
};
