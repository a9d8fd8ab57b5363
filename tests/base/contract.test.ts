import '../support/test-data-element.js';
import { describeDataElementContract } from '../support/data-element-contract.js';
import { testDataElement } from '../support/data-elements.js';

describeDataElementContract(testDataElement);
