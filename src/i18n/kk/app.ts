// Kazakh strings of the app shell and its views (mirrors ../en/app.ts).
// `// review` marks wording a Kazakh-speaking reviewer still has to confirm.
import type { app as en } from '../en/app';
import type { KazakhPlural, Localized } from '../localized';

export const app: Localized<typeof en, KazakhPlural> = {
  'app.skip': 'Негізгі мазмұнға өту',
  'app.subtitle': 'Еріктілер, БҰҰ еріктілерінің тағайындалуы және еріктілер ұйымдары — дереккөздерімен', // review
  'app.nav.label': 'Бөлімдер',
  'app.view.overview': 'Шолу',
  'app.view.map': 'Карта',
  'app.view.charts': 'Диаграммалар',
  'app.view.sdg': 'ТДМ',
  'app.view.country': 'Ел',
  'app.view.table': 'Кесте',
  'app.view.sources': 'Дереккөздер',
  'app.view.failed': 'Бұл бөлімді көрсету мүмкін болмады.',
  'app.dataset.label': 'Деректер жиыны',
  'app.dataset.delegates': 'Делегаттар',
  'app.dataset.placements': 'БҰҰ еріктілерінің тағайындалуы', // review
  'app.dataset.organizations': 'Ұйымдар',
  'app.lang.label': 'Тіл',
  'app.lang.en': 'English',
  'app.lang.ar': 'العربية',
  'app.lang.ru': 'Русский',
  'app.lang.kk': 'Қазақша',
  'app.placeholder': '{what}: бұл нұсқада әлі қолжетімсіз.',
  'app.error.title': 'Деректерді жүктеу мүмкін болмады',
  'app.error.retry': 'Қайталап көру үшін бетті қайта жүктеңіз.',
  'app.empty': 'Бұл таңдау бойынша деректер жоқ.',
  'app.ignored.title': 'Сілтеменің кейбір параметрлері ескерілмеді',
  'app.ignored.item': '{param}={value} ескерілмеді: {reason}',
  'app.ignored.dismiss': 'Жабу',
  'app.ignored.one_of': 'мына мәндердің бірі күтілген: {options}',
  'app.ignored.year': 'жыл (мысалы, 2023) немесе аралық (мысалы, 2019..2023) күтілген',
  'app.ignored.country': 'үш әріпті ел коды күтілген, мысалы KAZ (бірнеше код ~ белгісімен біріктіріледі)',
  'app.ignored.event': 'әріптерден, цифрлардан және - _ . : таңбаларынан тұратын іс-шара идентификаторы күтілген',
  'app.ignored.text': 'ұзындығы 2000 таңбадан асады',
  'app.ignored.duplicate': 'параметр бірнеше рет көрсетілген; бірінші мәні қолданылады',
  'app.ignored.unknown_param': 'бұл ақпараттық панельдің параметрі емес', // review
  'app.ignored.unknown_country': 'анықтамалық кестеде мұндай ел жоқ',
  'app.ignored.unknown_event': 'жүктелген деректерде мұндай іс-шара жоқ',
  'app.overview.title': 'Шолу',
  'app.overview.eventDelegates': 'Делегаттар: {event}',
  'app.overview.eventCountries': 'Қатысушы елдер: {event}',
  'app.overview.unvWorld': 'Әлем бойынша БҰҰ еріктілері',
  'app.overview.unvNational': 'Ұлттық БҰҰ еріктілері, қызмет орны: {country}', // review
  'app.overview.unvInternational': 'Шетелде қызмет ететін халықаралық БҰҰ еріктілері, азаматтығы: {country}', // review
  'app.overview.organizations': 'Еріктілер ұйымдары, ел: {country}', // review
  'app.card.date': '{date} жағдай бойынша',
  'app.map.title': 'Карта',
  'app.map.mode': 'Карта түрі',
  'app.map.noValues': 'Бұл таңдау бойынша бірде-бір ел туралы дерек жоқ. Басқа көрсеткішті, жылды немесе есепке алу негізін таңдап көріңіз.', // review
  'app.map.preset': 'Аймақты көрсету', // review
  'app.map.fallback': '«{chosen}» ({chosenPerspective} бойынша) көрсеткіші бойынша елдер деректері жоқ, сондықтан картада «{shown}» ({perspective} бойынша) көрсетілген.', // review
  'app.charts.fallback': '«{chosen}» ({chosenPerspective} бойынша) көрсеткіші бойынша елдер деректері жоқ, сондықтан рейтингте «{shown}» ({perspective} бойынша) көрсетілген.', // review
  'app.event.label': 'Іс-шара',
  'app.year.label': 'Жыл',
  'app.year.latest': 'Соңғы',
  'app.charts.title': 'Диаграммалар',
  'app.charts.ranked': 'Елдер рейтингі',
  'app.charts.stacked': 'Ұлттық және халықаралық БҰҰ еріктілері',
  'app.charts.tookPartOnly': {
    one: '{count} ел қатысты; елдер бойынша делегаттар саны жарияланбаған.',
    other: '{count} ел қатысты; елдер бойынша делегаттар саны жарияланбаған.',
  },
  'app.charts.line': 'Жылдар бойынша өзгерісі', // review
  'app.charts.events': 'Іс-шараларды салыстыру',
  'app.metric.label': 'Көрсеткіш',
  'app.metric.delegates': 'Делегаттар',
  'app.metric.total': 'Барлық БҰҰ еріктілері',
  'app.metric.national': 'Ұлттық БҰҰ еріктілері',
  'app.metric.international': 'Халықаралық БҰҰ еріктілері',
  'app.metric.count': 'Ұйымдар',
  'app.perspective.label': 'Еріктілерді есептеу негізі', // review
  'app.perspective.duty_station': 'қызмет ететін елі', // review
  'app.perspective.nationality': 'азаматтығы', // review
  'app.sdg.title': 'Тұрақты даму мақсаттары',
  'app.sdg.titleYear': '{title}, {year}',
  'app.sdg.grid': '17 мақсат',
  'app.sdg.ranked': 'Мақсаттар бойынша БҰҰ еріктілері',
  'app.country.title': 'Ел профилі',
  'app.country.picker': 'Ел',
  'app.country.rank': {
    one: 'деректері бар {of} АӨСШК мемлекетінің ішінде {rank}-орын', // review
    other: 'деректері бар {of} АӨСШК мемлекетінің ішінде {rank}-орын', // review
  },
  'app.country.unranked': {
    one: 'дерек жоқ; деректері бар АӨСШК мемлекеттері: {of}', // review
    other: 'дерек жоқ; деректері бар АӨСШК мемлекеттері: {of}', // review
  },
  'app.country.goals': 'ТДМ {goals} бойынша',
  'app.country.none': 'Бұл ел бойынша деректер жоқ.',
  'app.sources.title': 'Дереккөздер',
  'app.sources.rows': 'Жолдар',
  'app.sources.origin.bundled': 'Ақпараттық панельмен бірге берілген', // review
  'app.sources.origin.upload': 'Пайдаланушы жүктеген',
  'app.sources.origin.url': 'Сілтеме арқылы жүктелген',
  'app.table.title': 'Кесте',
};
