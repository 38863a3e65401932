export default defineBackground(() => {
  // The history database and message routing arrive with the history issue.
});
