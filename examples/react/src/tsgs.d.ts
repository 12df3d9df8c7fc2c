// The tsgs tags in React's JSX: their attributes, properties and events, typed (generated from custom-elements.json).
import type {} from 'tsgs/react-jsx';
