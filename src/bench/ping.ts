/**
 * Test build only (dist/e2e): the cheapest extension page that gets one message answered by the worker. The
 * speed benchmark subtracts its time from the popup's, since no popup can be faster than this.
 */
import { sendMessage } from '../shared/messages';

void sendMessage('ping').then(() => performance.mark('lede:pong'));
