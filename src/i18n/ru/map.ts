// Russian strings of the world map (mirrors ../en/map.ts).
import type { map as en } from '../en/map';
import type { Localized, RussianPlural } from '../localized';

export const map: Localized<typeof en, RussianPlural> = {
  'map.title': 'Карта: {measure}',
  'map.legend.count': 'Количество',
  'map.legend.range': '{from}–{to}',
  'map.legend.noData': 'Нет данных',
  'map.legend.tookPart': 'Участвовала, число не опубликовано',
  'map.legend.cica': 'Государство — член или наблюдатель СВМДА',
  'map.legend.selected': 'Выбрано',
  'map.legend.illustrative': 'Некоторые значения иллюстративные: они нигде не публиковались.',
  'map.legend.illustrativeFill': 'Штриховка с пунктирной границей: иллюстративное значение, нигде не публиковалось.',
  'map.legend.sizeNote': 'Площадь круга пропорциональна значению',
  'map.preset.world': 'Мир',
  'map.preset.asia': 'Азия',
  'map.preset.central-asia': 'Центральная Азия',
  'map.preset.cica': 'Государства СВМДА',
  'map.preset.cicaNote': 'Все государства СВМДА: членов — {members}, наблюдателей — {observers}. Среди наблюдателей — Соединённые Штаты Америки, поэтому карта охватывает Тихий океан.',
  'map.mode.choropleth': 'Заливка стран',
  'map.mode.symbols': 'Круги',
  'map.cicaOutline': 'Выделить контуры государств СВМДА',
  'map.find.label': 'Найти страну',
  'map.find.placeholder': 'Введите название',
  'map.find.count': {
    one: '{count} страна',
    few: '{count} страны',
    many: '{count} стран',
    other: '{count} страны',
  },
  'map.sources': 'Источники данных на карте',
  'map.loading': 'Загрузка карты…',
  'map.loadError': 'Не удалось загрузить карту: {message}',
};
