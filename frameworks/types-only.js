// Generated from custom-elements.json by `npm run docs`; do not edit.
export {};
