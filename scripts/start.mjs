// Placeholder until the start script lands.
console.log('Frontstage: build complete.');
