//! Contiguous offset tracking for at-least-once consumption.
//!
//! Messages of one partition are handed out in order but acknowledged in any
//! order (parallel workers, batches). An offset may be committed only when
//! every earlier message of its partition is done: the committable position
//! is the smallest offset still in flight, or one past the highest delivered
//! offset when nothing is in flight. Storing "the latest acknowledged" instead
//! loses the messages still in flight before it if the process dies.
//!
//! Revoking a partition bumps its generation: acknowledgements that arrive
//! later for messages of an older generation are ignored, so a rebalance
//! never moves another member's offsets.

use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Default)]
struct Partition {
    generation: u64,
    assigned: bool,
    in_flight: BTreeSet<i64>,
    /// One past the highest offset handed out in this generation.
    next_delivered: Option<i64>,
    /// The last position reported as committable (initially where this
    /// generation started consuming).
    stored: Option<i64>,
}

/// Per-partition bookkeeping for one consumer. Key: (topic, partition).
#[derive(Debug, Default)]
pub struct OffsetTracker {
    partitions: HashMap<(String, i32), Partition>,
}

/// Identifies a delivered message for its acknowledgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
    pub generation: u64,
}

impl OffsetTracker {
    /// Partitions assigned to this consumer (a new generation each).
    pub fn assign(&mut self, topic: &str, partition: i32) {
        let p = self.partitions.entry((topic.to_owned(), partition)).or_default();
        p.generation += 1;
        p.assigned = true;
        p.in_flight.clear();
        p.next_delivered = None;
        p.stored = None;
    }

    /// Partitions taken away: pending acknowledgements for them no longer count.
    pub fn revoke(&mut self, topic: &str, partition: i32) {
        if let Some(p) = self.partitions.get_mut(&(topic.to_owned(), partition)) {
            p.generation += 1;
            p.assigned = false;
            p.in_flight.clear();
            p.next_delivered = None;
        }
    }

    pub fn revoke_all(&mut self) {
        let keys: Vec<_> = self.partitions.keys().cloned().collect();
        for (topic, partition) in keys {
            self.revoke(&topic, partition);
        }
    }

    /// Records a message handed to the application.
    pub fn delivered(&mut self, topic: &str, partition: i32, offset: i64) -> Ticket {
        let p = self.partitions.entry((topic.to_owned(), partition)).or_default();
        if !p.assigned {
            // A message can arrive before the assignment callback was seen (or
            // without a group, with manual assignment): it starts a generation.
            p.assigned = true;
            p.generation += 1;
            p.in_flight.clear();
            p.next_delivered = None;
            p.stored = None;
        }
        // The first delivery of a generation is where consumption started:
        // committing that position is no progress.
        if p.stored.is_none() {
            p.stored = Some(offset);
        }
        p.in_flight.insert(offset);
        p.next_delivered = Some(p.next_delivered.map_or(offset + 1, |n| n.max(offset + 1)));
        Ticket {
            topic: topic.to_owned(),
            partition,
            offset,
            generation: p.generation,
        }
    }

    /// Marks a message done. Returns the new committable position (the next
    /// offset to consume) when it advanced, `None` otherwise.
    pub fn acknowledge(&mut self, ticket: &Ticket) -> Option<i64> {
        let p = self.partitions.get_mut(&(ticket.topic.clone(), ticket.partition))?;
        if !p.assigned || p.generation != ticket.generation || !p.in_flight.remove(&ticket.offset) {
            return None;
        }
        let position = match p.in_flight.first() {
            Some(&first) => first,
            None => p.next_delivered?,
        };
        if p.stored.is_some_and(|s| s >= position) {
            return None;
        }
        p.stored = Some(position);
        Some(position)
    }

    /// Messages handed out and not yet acknowledged, over all partitions.
    pub fn in_flight(&self) -> usize {
        self.partitions.values().map(|p| p.in_flight.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_advances_only_over_contiguous_acks() {
        let mut t = OffsetTracker::default();
        t.assign("t", 0);
        let tickets: Vec<Ticket> = (10..15).map(|o| t.delivered("t", 0, o)).collect();
        // Out of order: nothing committable until offset 10 is done.
        assert_eq!(t.acknowledge(&tickets[2]), None);
        assert_eq!(t.acknowledge(&tickets[1]), None);
        assert_eq!(t.acknowledge(&tickets[0]), Some(13));
        assert_eq!(t.acknowledge(&tickets[4]), None);
        assert_eq!(t.acknowledge(&tickets[3]), Some(15));
        assert_eq!(t.in_flight(), 0);
        // A duplicate acknowledgement changes nothing.
        assert_eq!(t.acknowledge(&tickets[3]), None);
    }

    #[test]
    fn partitions_are_independent() {
        let mut t = OffsetTracker::default();
        let a = t.delivered("t", 0, 5);
        let b = t.delivered("t", 1, 7);
        assert_eq!(t.acknowledge(&b), Some(8));
        assert_eq!(t.acknowledge(&a), Some(6));
    }

    #[test]
    fn acks_from_a_revoked_generation_are_ignored() {
        let mut t = OffsetTracker::default();
        t.assign("t", 0);
        let old = t.delivered("t", 0, 100);
        t.revoke("t", 0);
        assert_eq!(t.acknowledge(&old), None);
        // Reassigned later: the old ticket still does not count.
        t.assign("t", 0);
        let new = t.delivered("t", 0, 100);
        assert_eq!(t.acknowledge(&old), None);
        assert_eq!(t.acknowledge(&new), Some(101));
    }

    #[test]
    fn gaps_in_offsets_do_not_block() {
        // Compacted topics and transaction markers leave gaps.
        let mut t = OffsetTracker::default();
        let a = t.delivered("t", 0, 1);
        let b = t.delivered("t", 0, 4);
        assert_eq!(t.acknowledge(&b), None);
        assert_eq!(t.acknowledge(&a), Some(5));
    }
}
