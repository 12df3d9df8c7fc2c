/** `/v1/alerts`. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { count, date, httpsUrl, object, orNull, type PayloadSchema, secondaryList, text } from './blocks.ts';
import { CategoryRef, envelope, RegionRef } from './shared.ts';

export const Alert = object({
  id: v.pipe(count, v.minValue(1)),
  region: RegionRef,
  publishedOn: date,
  title: text,
  summary: text,
  url: orNull(httpsUrl),
  category: orNull(CategoryRef),
});
export const AlertList = object({ ...envelope, region: orNull(RegionRef), items: secondaryList(Alert, 50) });

export const AlertListPayload: PayloadSchema<Schemas['AlertList']> = AlertList;
