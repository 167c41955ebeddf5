// Kazakh strings of the Explore table (mirrors ../en/table.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { table as en } from '../en/table';
import type { KazakhPlural, Localized } from '../localized';

export const table: Localized<typeof en, KazakhPlural> = {
  'table.caption': 'Деректер кестесі: {name}',
  'table.search.label': 'Барлық бағандар бойынша іздеу',
  'table.search.placeholder': 'Ел, дереккөз, мәртебе… кез келген тілде',
  'table.columns.button': 'Бағандар',
  'table.groupBy.label': 'Топтастыру', // review
  'table.download': 'CSV жүктеп алу',
  'table.download.help': 'Көрсетілген жолдар мен бағандар, осы ретпен',
  'table.download.groups': 'Топтарды жүктеп алу (CSV)',
  'table.download.groupsHelp': 'Әр топқа бір жол, көрсетілгендей: топтау мәндері, жолдар саны және қосындылар', // review
  'table.download.rows': 'Жолдарды жүктеп алу (CSV)',
  'table.download.rowsHelp': 'Топтардағы жолдар, әрқайсысы жеке жолда, көрсетілген бағандармен осы ретпен', // review
  'table.export.rows': 'Жолдар саны',
  'table.export.sum': '{column}: қосынды',
  'table.export.sumQualifier': '{column}: қосындының дәлдігі', // review
  'table.export.sumMissing': '{column}: жарияланбаған сандар',
  'table.export.notAdded': 'Қосылмаған әлем не өңір жолдары', // review
  'table.cell.notPublished': 'жарияланбаған',
  'table.sum.notPublished': 'жарияланған сан жоқ',
  'table.sum.notAdded': 'қосылмаған',
  'table.sum.countriesOnly': '(тек елдер)', // review
  'table.sum.countriesOnlyHelp': {
    one: 'Әлем немесе өңір жолы ({count}) қосылмады: ол елдерді онсыз да қамтиды.', // review
    other: 'Әлем немесе өңір жолдары ({count}) қосылмады: олар елдерді онсыз да қамтиды.', // review
  },
  'table.sum.partial': { one: '({count} сан жарияланбаған)', other: '({count} сан жарияланбаған)' },
  'table.sum.notAddable': 'қосылмаған: {reasons}',
  'table.sum.notAddableMore': { one: 'қосылмаған: {reason} (тағы {count} себеп)', other: 'қосылмаған: {reason} (тағы {count} себеп)' }, // review
  'table.sum.notAddableHelp': 'Қосылмаған: {reasons}. {hint}',
  'table.sum.mix.year': { one: '{count} жыл', other: '{count} түрлі жыл' },
  'table.sum.mix.perspective': { one: '{count} есепке алу негізі', other: '{count} түрлі есепке алу негізі' }, // review
  'table.sum.mix.type': { one: '{count} түр', other: '{count} түрлі түр' }, // review
  'table.sum.mix.typeTotal': 'жиындар өз бөліктерімен бірге', // review
  'table.sum.mix.rates': 'ешқашан қосылмайтын пайыздар не коэффициенттер', // review
  'table.sum.mix.sdg': { one: '{count} мақсаттар жиыны', other: '{count} түрлі мақсаттар жиыны' }, // review
  'table.sum.mix.date': { one: '{count} күн', other: '{count} түрлі күн' }, // review
  'table.sum.mix.event_id': { one: '{count} іс-шара', other: '{count} түрлі іс-шара' },
  'table.sum.mix.other': '{column}: {count} түрлі мән', // review
  'table.sum.hint.year': 'Қосынды алу үшін жыл бойынша топтаңыз немесе бір жылды сүзіп алыңыз.', // review
  'table.sum.hint.perspective': 'Қосынды алу үшін «Есепке алу негізі» бойынша топтаңыз немесе бір негізді сүзіп алыңыз.', // review
  'table.sum.hint.type': 'Қосынды алу үшін түрі бойынша топтаңыз немесе бір түрді сүзіп алыңыз.', // review
  'table.sum.hint.date': 'Қосынды алу үшін күні бойынша топтаңыз немесе бір күнді сүзіп алыңыз.', // review
  'table.sum.hint.event_id': 'Қосынды алу үшін іс-шара бойынша топтаңыз немесе бір іс-шараны сүзіп алыңыз.', // review
  'table.sum.hint.other': 'Қосынды алу үшін {column} бойынша топтаңыз немесе оның бір мәнін сүзіп алыңыз.', // review
  'table.sum.hint.many': 'Қосынды алу үшін {columns} бойынша топтаңыз немесе әрқайсысының бір мәнін сүзіп алыңыз.', // review
  'table.sum.hint.rates': 'Әр елдің мәні жеке оқылады; тек сан көрсеткіштері қосылады.', // review
  'table.sum.hint.sdg': 'Әртүрлі мақсаттармен белгіленген жолдар бір еріктілерді қайта санауы мүмкін: мақсатқа бөлінбеген жолдарды қосу үшін ТДМ сүзгісінде «Мақсат көрсетілмеген» таңдаңыз.', // review
  'table.sum.quoted': '«{column}»',
  'table.list.separator': ', ',
  'table.list.and': ' және ',
  'table.sum.illustrative': 'ішінара мысал ретінде', // review
  'table.sum.allIllustrative': 'мысал ретінде', // review,
  'table.sum.illustrativeHelp': {
    one: 'Қосылған сандардың {count}-і мысал ретінде берілген: еш жерде жарияланбаған.', // review
    other: 'Қосылған сандардың {count}-і мысал ретінде берілген: еш жерде жарияланбаған.', // review
  },
  'table.rows.shown': 'Көрсетілген жолдар: {shown}, барлығы: {total}',
  'table.sort.button': '«{column}» бойынша сұрыптау',
  'table.sort.help': 'Shift+шерту немесе Shift+Enter сұрыптауға баған қосады', // review
  'table.sort.position': 'сұрыптау реті: {position}',
  'table.filter.text': 'Сүзгі: {column}',
  'table.filter.min': 'Ең кіші мән: {column}',
  'table.filter.max': 'Ең үлкен мән: {column}',
  'table.filter.any': 'Барлығы',
  'table.filter.selected': { one: 'Таңдалғаны: {count}', other: 'Таңдалғаны: {count}' },
  'table.filter.clear': 'Сүзгілерді тазарту',
  'table.filter.list': 'Таңдау: {column}',
  'table.totals.label': 'Елдер бойынша жиыны',
  'table.totals.excluded': {
    one: 'Әлем немесе өңір бойынша {count} жол жиынға қосылмаған: бұл сандар елдерді қамтиды.', // review
    other: 'Әлем немесе өңірлер бойынша {count} жол жиынға қосылмаған: бұл сандар елдерді қамтиды.', // review
  },
  'table.group.rows': { one: '{count} жол', other: '{count} жол' },
  'table.group.expand': '«{value}» тобының жолдарын көрсету',
  'table.group.collapse': '«{value}» тобының жолдарын жасыру',
  'table.group.notSummed': 'Қосылмаған: топта әлемдік және өңірлік сандар аралас', // review
  'table.group.sdgNote': 'Бірнеше мақсатқа қатысты жол олардың әрқайсысының астында көрсетіледі.',
  'table.select.row': 'Осы жолды таңдау',
  'table.select.all': 'Көрсетілген барлық жолдарды таңдау',
  'table.missing': 'жоқ',
  'table.sdg.none': 'Мақсат көрсетілмеген',
  'table.sdg.goal': 'ТДМ {goal}',
  'table.filter.minPlaceholder': 'ең кіші', // review
  'table.filter.maxPlaceholder': 'ең үлкен', // review
  'table.region.none': 'Өңір көрсетілмеген',
  'table.header.event_id': 'Іс-шара',
  'table.header.name': 'Атауы',
  'table.header.start_date': 'Басталуы',
  'table.header.end_date': 'Аяқталуы',
  'table.header.host_country': 'Қабылдаушы ел',
  'table.header.city': 'Қала',
  'table.header.name_ar': 'Атауы (арабша)',
  'table.header.name_ru': 'Атауы (орысша)',
  'table.header.name_kk': 'Атауы (қазақша)',
  'table.header.city_ar': 'Қала (арабша)',
  'table.header.city_ru': 'Қала (орысша)',
  'table.header.city_kk': 'Қала (қазақша)',
  'table.header.delegates': 'Делегаттар',
  'table.header.delegates_qualifier': 'Делегаттар (дәлдігі)', // review
  'table.header.countries': 'Елдер',
  'table.header.countries_qualifier': 'Елдер (дәлдігі)', // review
  'table.header.speakers': 'Баяндамашылар', // review
  'table.header.speakers_qualifier': 'Баяндамашылар (дәлдігі)', // review
  'table.header.country': 'Ел',
  'table.header.region': 'Өңір',
  'table.header.year': 'Жыл',
  'table.header.perspective': 'Есепке алу негізі', // review
  'table.header.type': 'Түрі',
  'table.header.sdg': 'ТДМ',
  'table.header.count': 'Саны',
  'table.header.indicator': 'Көрсеткіш',
  'table.header.unit': 'Өлшем бірлігі',
  'table.header.value': 'Мәні',
  'table.header.qualifier': 'Дәлдігі', // review
  'table.header.date': 'Күні',
  'table.header.status': 'Мәртебесі',
  'table.header.source': 'Дереккөз',
  'table.header.source_url': 'Дереккөз сілтемесі',
  'table.header.source_date': 'Дереккөз күні',
  'table.header.note': 'Ескертпе',
  'table.value.perspective.duty_station': 'Қызмет орны',
  'table.value.perspective.nationality': 'Азаматтығы',
  'table.value.type.national': 'Ұлттық',
  'table.value.type.international': 'Халықаралық',
  'table.value.type.total': 'Барлығы',
  'table.value.qualifier.exact': 'нақты',
  'table.value.qualifier.at_least': 'кемінде',
  'table.value.qualifier.approx': 'шамамен',
};
