/**
 * Feature template ids of the entity model. A feature's hash is `mix(template, atom)`, so these numbers are part
 * of the model format: changing one means retraining (the model header records FEATURE_VERSION).
 */

/** Bumped whenever templates or their atoms change, so a stale model file is refused rather than misread. */
export const FEATURE_VERSION = 1;

/** Template ids (small distinct integers; PREFIX/SUFFIX reserve k = 1..4 above them). */
export const T = {
  BIAS: 1,
  WORD: 2,
  LOWER: 3,
  SHAPE: 4,
  SHORT: 5,
  SHAPE_CASELESS: 6,
  SHORT_CASELESS: 7,
  LENGTH: 8,
  PREFIX: 10,
  SUFFIX: 20,
  GAZ: 30,
  LOWER_M1: 31,
  LOWER_M2: 32,
  LOWER_P1: 33,
  LOWER_P2: 34,
  SHORT_M1: 35,
  SHORT_P1: 36,
  BIGRAM_M1: 37,
  BIGRAM_P1: 38,
  SHORT_TRIGRAM: 39,
  PREV_WORD_SHAPE: 40,
  GAZ_M1: 41,
  GAZ_P1: 42,
  PHRASE: 43,
  INITIAL_SHAPE: 44,
  CAPS_SENTENCE: 45,
  DOC_LOWER_SEEN: 46,
  DOC_CAP_SEEN: 47,
  NEXT_WORD_SHAPE: 48,
  STAGE1_TAG: 60,
  STAGE1_TAG_M1: 61,
  STAGE1_TAG_P1: 62,
  DOC_MAJORITY: 63,
  DOC_MAJORITY_SHAPE: 64,
} as const;
