/**
 * Test and benchmark build only (dist/e2e, where __BENCH_HOOKS__ is on): the cheapest extension page that gets one message answered by the worker. The
 * speed benchmark subtracts its time from the popup's, since no popup can be faster than this.
 */
import { sendMessage } from '../../src/shared/messages';

void sendMessage('ping').then(() => performance.mark('lede:pong'));
