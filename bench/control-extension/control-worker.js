// Answers the bench page's one message; nothing else.
chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (message === 'ping') sendResponse('pong');
});
