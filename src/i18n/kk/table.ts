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
  'table.sum.partial': { one: '({count} сан жарияланбаған)', other: '({count} сан жарияланбаған)' },
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
