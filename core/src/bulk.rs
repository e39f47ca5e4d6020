//! The engine of bulk jobs (`roster::apply`, bulk issuance): many changes and reads, run as
//! fast as the service allows.
//!
//! The service applies one change at a time per VPN gateway (a second answers
//! `VpnGateway.Configuring` until the first has settled), so the changes of one gateway form a
//! *lane*: they run one after another, each followed by a wait until the gateway is `active`
//! again. Lanes of different gateways run side by side, and the reads (fetching a new
//! certificate, listings) run on the remaining workers of a bounded pool. An idle lane's next
//! change goes before any read: the lanes are the job's critical path, the reads are not.
//!
//! Pacing against the service's flow control is the client's: with
//! [`RetryMode::Adaptive`](crate::RetryMode::Adaptive) every call, polls included, waits for
//! its action's learned rate.

use std::collections::{BTreeMap, VecDeque};
use std::sync::mpsc::{self, Sender};
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::{Client, DescribeVpnGateway, Error, ErrorKind};

/// Workers of a bulk job when the caller names no number.
pub const DEFAULT_CONCURRENCY: usize = 8;
/// The most workers a bulk job may ask for.
pub const MAX_CONCURRENCY: usize = 64;

/// How often a lane asks whether its gateway has settled. Short, because every poll interval
/// of idle waiting is added to each change of the lane; the adaptive limiter slows the polls
/// down when the service throttles them.
const SETTLE_POLL: Duration = Duration::from_millis(25);

/// Checks a requested worker count.
pub(crate) fn check_concurrency(n: usize) -> Result<usize, Error> {
    if n == 0 || n > MAX_CONCURRENCY {
        Err(Error::invalid(
            "concurrency",
            format!("must be 1 to {MAX_CONCURRENCY}, not {n}"),
        ))
    } else {
        Ok(n)
    }
}

type Task<'env, E> = Box<dyn FnOnce(&Scope<'_, 'env, E>) + Send + 'env>;

struct Lane<'env, E> {
    queue: VecDeque<Task<'env, E>>,
    busy: bool,
}

struct State<'env, E> {
    lanes: BTreeMap<String, Lane<'env, E>>,
    reads: VecDeque<Task<'env, E>>,
    running: usize,
}

impl<E> State<'_, E> {
    fn idle(&self) -> bool {
        self.running == 0
            && self.reads.is_empty()
            && self.lanes.values().all(|l| l.queue.is_empty())
    }
}

struct Scheduler<'env, E> {
    state: Mutex<State<'env, E>>,
    wake: Condvar,
}

/// What a running task may do: queue more work, report an event.
pub(crate) struct Scope<'s, 'env, E> {
    scheduler: &'s Scheduler<'env, E>,
    events: Sender<E>,
}

impl<'env, E> Scope<'_, 'env, E> {
    /// Queues a change on `lane`, after the lane's queued changes.
    pub(crate) fn change(&self, lane: &str, task: impl FnOnce(&Scope<'_, 'env, E>) + Send + 'env) {
        let mut s = self.scheduler.lock();
        s.lanes
            .entry(lane.to_owned())
            .or_insert_with(|| Lane {
                queue: VecDeque::new(),
                busy: false,
            })
            .queue
            .push_back(Box::new(task));
        drop(s);
        self.scheduler.wake.notify_one();
    }

    /// Queues a read.
    pub(crate) fn read(&self, task: impl FnOnce(&Scope<'_, 'env, E>) + Send + 'env) {
        self.scheduler.lock().reads.push_back(Box::new(task));
        self.scheduler.wake.notify_one();
    }

    /// Reports `event` to the caller's thread.
    pub(crate) fn emit(&self, event: E) {
        // The receiver lives until every task is done.
        let _ = self.events.send(event);
    }
}

impl<'env, E> Scheduler<'env, E> {
    fn lock(&self) -> std::sync::MutexGuard<'_, State<'env, E>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next task for a worker (and the lane it holds), or `None` when all work is done.
    fn next(&self) -> Option<(Task<'env, E>, Option<String>)> {
        let mut s = self.lock();
        loop {
            let free_lane = s
                .lanes
                .iter()
                .find(|(_, l)| !l.busy && !l.queue.is_empty())
                .map(|(k, _)| k.clone());
            if let Some(key) = free_lane {
                let lane = s.lanes.get_mut(&key).expect("found above");
                lane.busy = true;
                let task = lane.queue.pop_front().expect("not empty");
                s.running += 1;
                return Some((task, Some(key)));
            }
            if let Some(task) = s.reads.pop_front() {
                s.running += 1;
                return Some((task, None));
            }
            if s.idle() {
                return None;
            }
            s = self.wake.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn finished(&self, lane: Option<String>) {
        let mut s = self.lock();
        s.running -= 1;
        if let Some(key) = lane {
            if let Some(l) = s.lanes.get_mut(&key) {
                l.busy = false;
            }
        }
        drop(s);
        // A freed lane, or the end of all work, may concern any waiting worker.
        self.wake.notify_all();
    }
}

/// Runs the tasks `seed` queues, and those they queue, on `workers` threads; `on_event` sees
/// every event on the caller's thread, as it happens. Returns when all work is done.
pub(crate) fn run<'env, E: Send + 'env>(
    workers: usize,
    seed: impl FnOnce(&Scope<'_, 'env, E>),
    mut on_event: impl FnMut(E),
) {
    let scheduler = Scheduler {
        state: Mutex::new(State {
            lanes: BTreeMap::new(),
            reads: VecDeque::new(),
            running: 0,
        }),
        wake: Condvar::new(),
    };
    let (tx, rx) = mpsc::channel();
    seed(&Scope {
        scheduler: &scheduler,
        events: tx.clone(),
    });
    std::thread::scope(|threads| {
        for _ in 0..workers.max(1) {
            let scope = Scope {
                scheduler: &scheduler,
                events: tx.clone(),
            };
            threads.spawn(move || {
                while let Some((task, lane)) = scope.scheduler.next() {
                    // A panicking task must not leave its lane busy and the other workers
                    // waiting forever; the panic itself is resumed once all threads are done.
                    let outcome =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| task(&scope)));
                    scope.scheduler.finished(lane);
                    if let Err(p) = outcome {
                        std::panic::resume_unwind(p);
                    }
                }
            });
        }
        drop(tx);
        for event in rx {
            on_event(event);
        }
    });
}

/// Waits for gateways to apply the lanes' changes, learning how long each takes.
///
/// A gateway settles in about the same time after each change of a kind, so after the first
/// change of a lane the first poll goes out shortly before the settle seen last time ends,
/// then every [`SETTLE_POLL`] counted from the previous poll's sending (not its answer), so
/// that at most one poll interval and no round trip is lost after the gateway turns `active`.
#[derive(Debug, Default)]
pub(crate) struct Settler {
    learned: Mutex<BTreeMap<String, Duration>>,
}

impl Settler {
    /// Waits until gateway `vpn_gateway_id` has applied the change of kind `change` (settle
    /// times are learned per gateway and kind) just answered: polls it until `active`, for up
    /// to `budget`. A caller who may not read gateways is not failed for it (the next change
    /// then waits out `VpnGateway.Configuring` instead).
    pub(crate) fn settle(
        &self,
        client: &Client,
        vpn_gateway_id: &str,
        change: &str,
        budget: Duration,
    ) -> Result<(), Error> {
        let key = format!("{vpn_gateway_id} {change}");
        let start = Instant::now();
        let deadline = start + budget;
        let expected = self
            .learned
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
            .copied();
        if let Some(d) = expected {
            // Early rather than late: a poll too early costs one request, one too late the
            // whole interval.
            std::thread::sleep(d.mul_f64(0.8).min(budget));
        }
        let request = DescribeVpnGateway::new(vpn_gateway_id);
        loop {
            let sent = Instant::now();
            match client.describe_vpn_gateway(&request) {
                Ok(g) if g.business_status == "FinancialLocked" => {
                    return Err(crate::ops::wait_for_gateway::financial_locked(
                        vpn_gateway_id,
                        &g.request_id,
                    ))
                }
                Ok(g) if g.status == "active" => {
                    self.learned
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .insert(key, sent.saturating_duration_since(start));
                    return Ok(());
                }
                Ok(_) => {}
                Err(Error::Api(e))
                    if matches!(e.kind, ErrorKind::Forbidden | ErrorKind::SubUserForbidden) =>
                {
                    log::warn!(
                        "not allowed to read VPN gateway {vpn_gateway_id} ({}); not waiting for it",
                        e.code
                    );
                    return Ok(());
                }
                Err(e) if e.is_retryable() => {}
                Err(e) => return Err(e),
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(Error::Timeout(format!(
                    "the VPN gateway {vpn_gateway_id} was not active within {budget:?}"
                )));
            }
            // Jitter keeps the lanes' polls from falling into step.
            let next = sent + SETTLE_POLL.mul_f64(0.8 + fastrand::f64() * 0.4);
            std::thread::sleep(next.min(deadline).saturating_duration_since(now));
        }
    }
}

/// Issues one certificate per request on the engine: the creates of each gateway one at a
/// time, each new certificate fetched by the other workers while the next create goes out.
/// `on_done` sees, on the caller's thread and as they finish, each request's index and its
/// bundle or error, or `None` for a request not attempted because the job had stopped before
/// its turn: when `on_done` answered `false`, or a create failed with an error `stops_on`
/// holds for (decided at once, so that no later create of that lane goes out).
pub fn issue_all(
    client: &Client,
    requests: &[crate::IssueClientCert],
    concurrency: usize,
    stops_on: impl Fn(&Error) -> bool + Sync,
    mut on_done: impl FnMut(usize, Option<Result<crate::SslVpnClientCertBundle, Error>>) -> bool,
) -> Result<(), Error> {
    let workers = check_concurrency(concurrency)?;
    let stops_on = &stops_on;
    let mut gateways: BTreeMap<&str, Option<String>> = BTreeMap::new();
    for r in requests {
        if !gateways.contains_key(r.ssl_vpn_server_id.as_str()) {
            let gateway = client
                .gateway_of_server(&r.ssl_vpn_server_id, None)
                .unwrap_or_else(|e| {
                    log::info!("cannot read the gateway of {}: {e}", r.ssl_vpn_server_id);
                    None
                });
            gateways.insert(&r.ssl_vpn_server_id, gateway);
        }
    }
    let gateways = &gateways;
    let settler = Settler::default();
    let settler = &settler;
    let stop = std::sync::atomic::AtomicBool::new(false);
    let stop = &stop;
    type Done = (usize, Option<Result<crate::SslVpnClientCertBundle, Error>>);
    run(
        workers,
        |scope| {
            for (i, request) in requests.iter().enumerate() {
                let gateway = gateways
                    .get(request.ssl_vpn_server_id.as_str())
                    .and_then(Option::as_deref);
                let lane = gateway.unwrap_or(&request.ssl_vpn_server_id);
                scope.change(lane, move |scope: &Scope<'_, '_, Done>| {
                    if stop.load(std::sync::atomic::Ordering::Relaxed) {
                        scope.emit((i, None));
                        return;
                    }
                    let created = match request
                        .check_parameters()
                        .and_then(|()| client.issue_create(request))
                    {
                        Ok(c) => c,
                        Err(e) => {
                            if stops_on(&e) {
                                stop.store(true, std::sync::atomic::Ordering::Relaxed);
                            }
                            scope.emit((i, Some(Err(e))));
                            return;
                        }
                    };
                    scope.read(move |scope| {
                        let deadline = Instant::now() + request.ready_timeout;
                        let ready = client
                            .issue_ready(request, &created.ssl_vpn_client_cert_id, deadline)
                            .and_then(|mut bundle| {
                                client.fill_server_settings(&mut bundle)?;
                                Ok(bundle)
                            });
                        scope.emit((i, Some(ready)));
                    });
                    if let Some(g) = gateway {
                        if let Err(e) =
                            settler.settle(client, g, "create", client.configuring_budget())
                        {
                            log::warn!("{g}: {e}");
                        }
                    }
                });
            }
        },
        |(i, result)| {
            if !on_done(i, result) {
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        },
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[test]
    fn one_change_per_lane_at_a_time_and_lanes_side_by_side() {
        let active: Arc<Mutex<BTreeMap<String, usize>>> = Arc::default();
        let most_lanes = Arc::new(AtomicUsize::new(0));
        let mut done = Vec::new();
        run(
            6,
            |scope| {
                for lane in ["g1", "g2", "g3"] {
                    for i in 0..5 {
                        let active = active.clone();
                        let most_lanes = most_lanes.clone();
                        scope.change(lane, move |scope| {
                            {
                                let mut a = active.lock().unwrap();
                                let n = a.entry(lane.to_owned()).or_default();
                                *n += 1;
                                assert_eq!(*n, 1, "two changes at once on {lane}");
                                let lanes = a.values().filter(|n| **n > 0).count();
                                most_lanes.fetch_max(lanes, Ordering::Relaxed);
                            }
                            std::thread::sleep(Duration::from_millis(5));
                            *active.lock().unwrap().get_mut(lane).unwrap() -= 1;
                            scope.read(move |scope| scope.emit((lane, i)));
                        });
                    }
                }
            },
            |e| done.push(e),
        );
        assert_eq!(done.len(), 15);
        assert!(
            most_lanes.load(Ordering::Relaxed) > 1,
            "lanes ran side by side"
        );
        for lane in ["g1", "g2", "g3"] {
            let order: Vec<_> = done
                .iter()
                .filter(|(l, _)| *l == lane)
                .map(|(_, i)| *i)
                .collect();
            let mut sorted = order.clone();
            sorted.sort();
            assert_eq!(sorted, vec![0, 1, 2, 3, 4]);
        }
    }

    #[test]
    fn changes_go_before_reads_and_work_queued_by_work_runs() {
        let order = Arc::new(Mutex::new(Vec::new()));
        run(
            1,
            |scope| {
                for i in 0..3 {
                    let order = order.clone();
                    scope.read(move |_| order.lock().unwrap().push(format!("read{i}")));
                }
                let order2 = order.clone();
                scope.change("g", move |scope| {
                    order2.lock().unwrap().push("change".into());
                    let order3 = order2.clone();
                    scope.change("g", move |_| {
                        order3.lock().unwrap().push("follow-up".into())
                    });
                });
            },
            |_: ()| {},
        );
        let order = order.lock().unwrap().clone();
        assert_eq!(order[0], "change");
        assert_eq!(order[1], "follow-up", "{order:?}");
        assert_eq!(order.len(), 5);
    }

    #[test]
    fn events_reach_the_caller_while_work_goes_on() {
        let (gate_tx, gate_rx) = mpsc::channel::<()>();
        let gate_rx = Mutex::new(gate_rx);
        let mut seen = 0;
        run(
            2,
            |scope| {
                scope.read(|scope| scope.emit(1));
                scope.read(|_| {
                    // Finishes only once the caller has seen the first event.
                    gate_rx.lock().unwrap().recv().unwrap();
                });
            },
            |e: i32| {
                seen += e;
                let _ = gate_tx.send(());
            },
        );
        assert_eq!(seen, 1);
    }

    #[test]
    fn worker_counts_are_checked() {
        assert!(check_concurrency(0).is_err());
        assert!(check_concurrency(MAX_CONCURRENCY + 1).is_err());
        assert_eq!(check_concurrency(4).unwrap(), 4);
        assert!(check_concurrency(0)
            .unwrap_err()
            .to_string()
            .contains("concurrency"));
    }
}
