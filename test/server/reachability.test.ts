/** The log's word on the database falling out of reach and coming back, with answers that overlap. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Reachability } from '../../server/http/reachability.ts';

const refused = new Error('connect ECONNREFUSED 127.0.0.1:5432');
const OUT = 'tsgs: the database is out of reach (connect ECONNREFUSED 127.0.0.1:5432); answering 503 until it answers again';
const BACK = 'tsgs: the database answers again';

function watched(): { reachability: Reachability; logged: string[] } {
  const logged: string[] = [];
  return { reachability: new Reachability((message) => logged.push(message)), logged };
}

describe('the database out of reach, in the log', () => {
  it('says each way once, however many answers find it so', () => {
    const { reachability, logged } = watched();
    reachability.answered(1);
    reachability.failed(10, refused, 12);
    reachability.failed(13, refused, 14);
    reachability.answered(20);
    reachability.answered(21);
    assert.deepEqual(logged, [OUT, BACK]);
  });

  it('takes no read begun before the database fell away for its coming back', () => {
    const { reachability, logged } = watched();
    // Begun at 5, answered after an answer begun at 10 failed at 12: the database was there at 5.
    reachability.failed(10, refused, 12);
    reachability.answered(5);
    reachability.answered(11);
    assert.deepEqual(logged, [OUT]);
    reachability.answered(12);
    assert.deepEqual(logged, [OUT, BACK]);
  });

  it('takes no answer begun before the database came back for its falling away again', () => {
    const { reachability, logged } = watched();
    reachability.failed(10, refused, 12);
    reachability.answered(20);
    // Begun at 15, while it was away, and failing only now.
    reachability.failed(15, refused, 22);
    assert.deepEqual(logged, [OUT, BACK]);
    reachability.failed(20, refused, 30);
    assert.deepEqual(logged, [OUT, BACK, OUT]);
  });
});
