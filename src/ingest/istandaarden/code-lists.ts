/** @module iJw / iWmo 3.2 code lists the parser validates against (JZ020/WMO020, JZ588/WMO588, WJ756, WMO757, COD046/170/467). */
import type { IstandaardLaw } from './message-types.ts';

/** JZ020 productcategorie (iJw), including the legacy 2015 categories 31–38 the XSD still allows. */
export const JZ020_PRODUCT_CATEGORIES = [
  '31', '32', '33', '34', '35', '36', '37', '38',
  '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55',
] as const; // prettier-ignore

/** WMO020 productcategorie (iWmo). */
export const WMO020_PRODUCT_CATEGORIES = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18',
] as const; // prettier-ignore

/** JZ588 reden beëindiging (iJw). */
export const JZ588_END_REASONS = ['02', '20', '31', '32', '33', '34', '35', '36', '37', '38', '39'] as const;

/** WMO588 reden beëindiging (iWmo). */
export const WMO588_END_REASONS = ['02', '19', '20', '21', '22', '23', '31', '36', '37', '38', '39'] as const;

/** JZ002 / WMO002 reden wijziging toewijzing (identical code sets). */
export const CHANGE_REASONS = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14',
] as const; // prettier-ignore

/** WJ756 eenheid: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 83 euro's, 84 stuks (inspanning). */
export const UNITS = ['01', '04', '14', '16', '82', '83', '84'] as const;

/** WMO757 frequentie: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur. */
export const FREQUENCIES = ['1', '2', '4', '6'] as const;

/** COD467 status aanlevering: 1 eerste, 2 gewijzigd, 3 verwijderen, 9 n.v.t. */
export const DELIVERY_STATUSES = ['1', '2', '3', '9'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** COD170 datumgebruik: 1 only month+year known, 2 only year, 3 unknown. */
export const DATE_USAGES = ['1', '2', '3'] as const;
export type DateUsage = (typeof DATE_USAGES)[number];

/** Contact Soort (COD757) that can be a residence, best first: BRP (01), verblijf (03), correspondentie (02). Never 04. */
export const RESIDENCE_ADDRESS_KINDS = ['01', '03', '02'] as const;
export type ResidenceAddressKind = (typeof RESIDENCE_ADDRESS_KINDS)[number];

export const GENDERS = ['male', 'female', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/** COD046 geslacht → our vocabulary. */
export const GENDER_BY_CODE: Readonly<Record<string, Gender>> = {
  '0': 'unknown',
  '1': 'male',
  '2': 'female',
};

export const productCategoriesOf = (law: IstandaardLaw): readonly string[] =>
  law === 'youth' ? JZ020_PRODUCT_CATEGORIES : WMO020_PRODUCT_CATEGORIES;

export const endReasonsOf = (law: IstandaardLaw): readonly string[] =>
  law === 'youth' ? JZ588_END_REASONS : WMO588_END_REASONS;

/** Name of the product-category list of a law, for problem messages. */
export const productCategoryListName = (law: IstandaardLaw): string => (law === 'youth' ? 'JZ020' : 'WMO020');

export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
