// Styles are not part of what page tests check.
export default {}
